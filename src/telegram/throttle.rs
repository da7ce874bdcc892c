//! Telegram's send limits, kept without a polling worker: every send reserves a slot in its chat's
//! bucket and in the bot-wide bucket (GCRA, the "virtual scheduling" form of a token bucket) and
//! sleeps exactly until that slot — not at all while under the limits. teloxide's `Throttle`
//! adaptor releases queued sends from a worker that wakes every 250 ms, which put up to a quarter
//! of a second on every reply (measured with `examples/load.rs`); this keeps the same limits with
//! no added latency.
//!
//! A `429 Too Many Requests` is still possible (another process on the same token, Telegram
//! tightening limits): the chat is then paused for the `retry_after` Telegram gives and the request
//! is sent again.

use std::{
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use dashmap::DashMap;
use teloxide::{
    RequestError,
    requests::{Output, Request},
    types::ChatId,
};

/// How many sends per second (and how big a burst) Telegram accepts.
#[derive(Clone, Copy, Debug)]
pub struct SendLimits {
    /// Telegram: "avoid sending more than one message per second" in one chat.
    pub per_chat_per_sec: f64,
    /// Telegram: "we may allow short bursts that go over this limit". One answer of ours is at
    /// most a marked-up photo, the findings and a checklist part: three messages go out at once.
    pub per_chat_burst: u32,
    /// Telegram: "no more than 20 messages per minute to the same group".
    pub per_group_per_min: u32,
    /// Telegram: "not more than 30 messages per second or so" across all chats.
    pub overall_per_sec: u32,
}

impl Default for SendLimits {
    fn default() -> SendLimits {
        SendLimits {
            per_chat_per_sec: 1.0,
            per_chat_burst: 3,
            per_group_per_min: 20,
            overall_per_sec: 30,
        }
    }
}

impl SendLimits {
    /// No practical limit: for tests and benchmarks against a local Bot API.
    pub fn unlimited() -> SendLimits {
        SendLimits {
            per_chat_per_sec: 1e6,
            per_chat_burst: 1_000,
            per_group_per_min: 1_000_000,
            overall_per_sec: 1_000_000,
        }
    }
}

/// How often a `429` is waited out and retried before the error is returned.
const MAX_RETRY_AFTER: u32 = 3;
/// A connection that could not be made (or was dropped before an answer) is retried this often,
/// after 0.5 s, then 1 s: a reply is what the person is waiting for.
const MAX_NETWORK_RETRIES: u32 = 2;
/// Reservations between sweeps of per-chat entries that are idle again.
const SWEEP_EVERY: u64 = 4096;

/// One GCRA bucket: `emission` between sends on average, `tolerance` of burst.
#[derive(Clone, Copy)]
struct Rate {
    emission: Duration,
    tolerance: Duration,
}

impl Rate {
    fn new(per_sec: f64, burst: u32) -> Rate {
        let emission = Duration::from_secs_f64(1.0 / per_sec.max(1e-6));
        Rate { emission, tolerance: emission * burst.max(1).saturating_sub(1) }
    }

    /// Reserves the first slot at or after `earliest`, given the bucket's theoretical arrival
    /// time `tat`; returns when the send may go and moves `tat` on.
    fn reserve(&self, tat: &mut Instant, earliest: Instant) -> Instant {
        let at = earliest.max(tat.checked_sub(self.tolerance).unwrap_or(earliest));
        *tat = (*tat).max(at) + self.emission;
        at
    }
}

pub struct SendThrottle {
    private: Rate,
    group: Rate,
    overall: Rate,
    chats: DashMap<i64, Instant>,
    overall_tat: Mutex<Instant>,
    reservations: AtomicU64,
}

impl SendThrottle {
    pub fn new(limits: SendLimits) -> SendThrottle {
        SendThrottle {
            private: Rate::new(limits.per_chat_per_sec, limits.per_chat_burst),
            group: Rate::new(f64::from(limits.per_group_per_min.max(1)) / 60.0, 1),
            overall: Rate::new(f64::from(limits.overall_per_sec.max(1)), limits.overall_per_sec),
            chats: DashMap::new(),
            overall_tat: Mutex::new(Instant::now()),
            reservations: AtomicU64::new(0),
        }
    }

    /// When a send to `chat` may go as far as the chat's own bucket is concerned; the slot is
    /// reserved.
    fn reserve_chat(&self, chat: ChatId, now: Instant) -> Instant {
        let rate = self.rate_for(chat);
        let ready = {
            let mut tat = self.chats.entry(chat.0).or_insert(now);
            rate.reserve(&mut tat, now)
        };
        if self.reservations.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.chats.retain(|_, tat| *tat > now);
        }
        ready
    }

    /// When a send may go as far as the bot-wide bucket is concerned. Reserved only once the
    /// chat's own slot has come, so a chat waiting for its turn never holds the others back.
    fn reserve_overall(&self, now: Instant) -> Instant {
        // A poisoned lock only means another send panicked mid-update of an Instant.
        let mut tat = self.overall_tat.lock().unwrap_or_else(|p| p.into_inner());
        self.overall.reserve(&mut tat, now)
    }

    /// Holds every later send to `chat` back until `until` (Telegram's `retry_after`).
    fn pause(&self, chat: ChatId, until: Instant) {
        // The next slot is `tat - tolerance`: move `tat` so that it is `until`.
        let until = until + self.rate_for(chat).tolerance;
        let mut tat = self.chats.entry(chat.0).or_insert(until);
        *tat = (*tat).max(until);
    }

    fn rate_for(&self, chat: ChatId) -> Rate {
        // Private chats have positive ids; groups and channels negative ones.
        if chat.0 > 0 { self.private } else { self.group }
    }

    /// Sends `request` to `chat` within the limits; waits out `429`s and retries dropped
    /// connections.
    pub async fn send<R>(&self, chat: ChatId, request: R) -> Result<Output<R>, RequestError>
    where
        R: Request<Err = RequestError>,
    {
        let mut retry_after = 0;
        let mut network = 0;
        loop {
            let chat_ready = self.reserve_chat(chat, Instant::now());
            tokio::time::sleep_until(chat_ready.into()).await;
            let ready = self.reserve_overall(Instant::now());
            tokio::time::sleep_until(ready.into()).await;
            match request.send_ref().await {
                Err(RequestError::RetryAfter(wait)) if retry_after < MAX_RETRY_AFTER => {
                    retry_after += 1;
                    tracing::info!(
                        seconds = wait.seconds(),
                        "Telegram asked to slow down; waiting"
                    );
                    self.pause(chat, Instant::now() + wait.duration());
                }
                Err(RequestError::Network(e))
                    if network < MAX_NETWORK_RETRIES && (e.is_connect() || e.is_request()) =>
                {
                    network += 1;
                    tokio::time::sleep(Duration::from_millis(500) * network).await;
                }
                result => return result,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t0: Instant, ms: u64) -> Instant {
        t0 + Duration::from_millis(ms)
    }

    #[test]
    fn a_chat_gets_its_burst_at_once_then_one_per_second() {
        let throttle = SendThrottle::new(SendLimits::default());
        let t0 = Instant::now();
        let chat = ChatId(42);
        let slots: Vec<Instant> = (0..5).map(|_| throttle.reserve_chat(chat, t0)).collect();
        assert_eq!(&slots[..3], &[t0, t0, t0], "the burst goes out at once");
        assert_eq!(slots[3], at(t0, 1000));
        assert_eq!(slots[4], at(t0, 2000));
        // Another chat is not held back by this one.
        assert_eq!(throttle.reserve_chat(ChatId(43), t0), t0);
    }

    #[test]
    fn the_overall_limit_spreads_sends_over_time() {
        let limits = SendLimits { overall_per_sec: 10, ..SendLimits::default() };
        let throttle = SendThrottle::new(limits);
        let t0 = Instant::now();
        let slots: Vec<Instant> = (0..12).map(|_| throttle.reserve_overall(t0)).collect();
        assert!(slots[..10].iter().all(|s| *s == t0));
        assert_eq!(slots[10], at(t0, 100));
        assert_eq!(slots[11], at(t0, 200));
    }

    #[test]
    fn a_quiet_bucket_refills() {
        let throttle = SendThrottle::new(SendLimits::default());
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(throttle.reserve_chat(ChatId(7), t0), t0);
        }
        let later = at(t0, 10_000);
        for _ in 0..3 {
            assert_eq!(throttle.reserve_chat(ChatId(7), later), later);
        }
    }

    #[test]
    fn groups_get_twenty_a_minute() {
        let throttle = SendThrottle::new(SendLimits::default());
        let t0 = Instant::now();
        let group = ChatId(-100_123);
        assert_eq!(throttle.reserve_chat(group, t0), t0);
        assert_eq!(throttle.reserve_chat(group, t0), at(t0, 3000));
    }

    #[test]
    fn a_pause_holds_the_chat_back() {
        let throttle = SendThrottle::new(SendLimits::default());
        let t0 = Instant::now();
        throttle.pause(ChatId(5), at(t0, 7000));
        assert_eq!(throttle.reserve_chat(ChatId(5), t0), at(t0, 7000));
    }
}
