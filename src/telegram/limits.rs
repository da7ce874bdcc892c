//! Per-person rate limits: token buckets in a concurrent map, refilled continuously. A bucket
//! that has been idle long enough to be full again says nothing a fresh one would not, so the map
//! drops such buckets as it goes and does not grow with every person ever seen.

use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

use dashmap::DashMap;

/// A bucket of `capacity` tokens refilled at `capacity` per `period`.
pub struct RateLimiter {
    capacity: f64,
    per_second: f64,
    buckets: DashMap<i64, Bucket>,
    /// When idle buckets were last dropped.
    pruned: Mutex<Option<Instant>>,
}

struct Bucket {
    tokens: f64,
    updated: Instant,
}

impl RateLimiter {
    pub fn new(capacity: u32, period: Duration) -> RateLimiter {
        let capacity = f64::from(capacity.max(1));
        RateLimiter {
            capacity,
            per_second: capacity / period.as_secs_f64().max(0.001),
            buckets: DashMap::new(),
            pruned: Mutex::new(None),
        }
    }

    /// Takes one token for `key`; false when the bucket is empty.
    pub fn allow(&self, key: i64) -> bool {
        self.allow_at(key, Instant::now())
    }

    fn allow_at(&self, key: i64, now: Instant) -> bool {
        self.prune_when_due(now);
        let mut bucket =
            self.buckets.entry(key).or_insert(Bucket { tokens: self.capacity, updated: now });
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_second).min(self.capacity);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// How long an untouched bucket takes to be full again.
    fn refill_time(&self) -> Duration {
        Duration::from_secs_f64(self.capacity / self.per_second)
    }

    /// Once per refill time, drops the buckets that are full again: one pass over the map per
    /// period (a minute for the bot's limits), whatever the traffic.
    fn prune_when_due(&self, now: Instant) {
        let Ok(mut pruned) = self.pruned.try_lock() else { return };
        match *pruned {
            None => *pruned = Some(now),
            Some(at) if now.saturating_duration_since(at) >= self.refill_time() => {
                *pruned = Some(now);
                drop(pruned);
                self.prune_at(now);
            }
            Some(_) => {}
        }
    }

    fn prune_at(&self, now: Instant) {
        let full_after = self.refill_time();
        self.buckets.retain(|_, b| now.saturating_duration_since(b.updated) < full_after);
        // Give the memory back too, not just the entries.
        self.buckets.shrink_to_fit();
    }

    /// People the limiter currently remembers.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.buckets.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_cut_and_refills() {
        let limiter = RateLimiter::new(3, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(limiter.allow_at(1, t0));
        assert!(limiter.allow_at(1, t0));
        assert!(limiter.allow_at(1, t0));
        assert!(!limiter.allow_at(1, t0));
        // Someone else is not affected.
        assert!(limiter.allow_at(2, t0));
        // 20 s later one token is back.
        assert!(limiter.allow_at(1, t0 + Duration::from_secs(20)));
        assert!(!limiter.allow_at(1, t0 + Duration::from_secs(20)));
    }

    /// 100,000 people write once; when their buckets are full again, the next message from anyone
    /// shrinks the map back to the people still active. Times are given, not waited for.
    #[test]
    fn the_map_shrinks_back_after_many_people() {
        let limiter = RateLimiter::new(40, Duration::from_secs(60));
        let t0 = Instant::now();
        for person in 0..100_000 {
            assert!(limiter.allow_at(person, t0 + Duration::from_micros(person as u64)));
        }
        assert_eq!(limiter.len(), 100_000);
        let crowded = limiter.buckets.capacity();
        // Half a minute on, a few people are still writing: nothing is full yet, nothing dropped.
        let half = t0 + Duration::from_secs(30);
        for person in 0..10 {
            assert!(limiter.allow_at(person, half));
        }
        assert_eq!(limiter.len(), 100_000);
        // A minute after the crowd, its buckets are full again and go; the ten who wrote at
        // half-time stay, with what they used.
        let later = t0 + Duration::from_secs(61);
        assert!(limiter.allow_at(7, later));
        assert_eq!(limiter.len(), 10);
        assert!(limiter.buckets.capacity() < crowded / 100, "the table's memory is given back");
        // A full bucket that was dropped behaves like the one it replaces.
        for _ in 0..40 {
            assert!(limiter.allow_at(99_999, later));
        }
        assert!(!limiter.allow_at(99_999, later));
    }
}
