//! Keeping several replicas from corrupting a dialogue: a per-chat lock around load → decide →
//! store, and de-duplication of webhook deliveries by `update_id` (Telegram retries slow or failed
//! deliveries, and teloxide answers 200 before the handler runs, so a retry can reach another
//! replica). One process needs neither: teloxide's dispatcher already runs one chat's updates in
//! order, so the local variants only remember recent update ids.

use std::{
    collections::{HashSet, VecDeque},
    sync::Mutex,
    time::Duration,
};

use redis::aio::ConnectionManager;

/// How long a chat lock is held at most (a crashed replica's lock expires by itself).
const LOCK_TTL: Duration = Duration::from_secs(30);
/// How long to wait for another replica to finish with a chat.
const LOCK_WAIT: Duration = Duration::from_secs(35);
/// How long an update id is remembered (Telegram gives up retrying well within a day).
const SEEN_TTL_SECS: u64 = 24 * 3600;
/// Recent update ids a single process remembers.
const LOCAL_SEEN: usize = 4096;

pub enum Coordinator {
    Local { seen: Mutex<(VecDeque<i64>, HashSet<i64>)> },
    Redis { conn: ConnectionManager, prefix: String },
}

/// Held while one chat's update is handled; released on drop.
pub struct ChatLock {
    release: Option<(ConnectionManager, String, String)>,
}

impl Drop for ChatLock {
    fn drop(&mut self) {
        if let Some((mut conn, key, token)) = self.release.take() {
            // Delete only our own lock: if it expired and another replica took it, leave theirs.
            let script = redis::Script::new(
                "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            );
            tokio::spawn(async move {
                let _: Result<i64, _> = script.key(key).arg(token).invoke_async(&mut conn).await;
            });
        }
    }
}

impl Coordinator {
    pub fn local() -> Coordinator {
        Coordinator::Local { seen: Mutex::new((VecDeque::new(), HashSet::new())) }
    }

    pub async fn redis(url: &str, prefix: &str) -> anyhow::Result<Coordinator> {
        let conn = crate::storage::connect_redis(url).await?;
        Ok(Coordinator::Redis { conn, prefix: prefix.to_owned() })
    }

    /// Marks an update id as taken: true the first time it is marked (by any replica), false for a
    /// re-delivery. An update that was marked but then not accepted must be `unmark`ed, or its
    /// re-delivery would be dropped as a duplicate.
    pub async fn first_delivery(&self, update_id: i64) -> bool {
        match self {
            Coordinator::Local { seen } => {
                let Ok(mut seen) = seen.lock() else { return true };
                let (order, set) = &mut *seen;
                if !set.insert(update_id) {
                    return false;
                }
                order.push_back(update_id);
                if order.len() > LOCAL_SEEN
                    && let Some(old) = order.pop_front()
                {
                    set.remove(&old);
                }
                true
            }
            Coordinator::Redis { conn, prefix } => {
                let mut conn = conn.clone();
                let key = format!("{prefix}update:{update_id}");
                let set: Result<Option<String>, _> = redis::cmd("SET")
                    .arg(&key)
                    .arg(1)
                    .arg("NX")
                    .arg("EX")
                    .arg(SEEN_TTL_SECS)
                    .query_async(&mut conn)
                    .await;
                match set {
                    Ok(reply) => reply.is_some(),
                    // Redis down: better to risk a duplicate than to drop the update.
                    Err(e) => {
                        tracing::warn!(error = %e, "update de-duplication unavailable");
                        true
                    }
                }
            }
        }
    }

    /// Forgets that an update id was taken (its hand-off failed), so Telegram's re-delivery is
    /// processed — by this replica after a restart, or by another one.
    pub async fn unmark(&self, update_id: i64) {
        match self {
            Coordinator::Local { seen } => {
                let Ok(mut seen) = seen.lock() else { return };
                let (order, set) = &mut *seen;
                if set.remove(&update_id) {
                    order.retain(|&id| id != update_id);
                }
            }
            Coordinator::Redis { conn, prefix } => {
                let mut conn = conn.clone();
                let key = format!("{prefix}update:{update_id}");
                let deleted: Result<i64, _> =
                    redis::cmd("DEL").arg(&key).query_async(&mut conn).await;
                if let Err(e) = deleted {
                    tracing::warn!(error = %e, "could not unmark an update; its re-delivery will be dropped");
                }
            }
        }
    }

    /// Takes the chat's lock, waiting for another replica that holds it.
    pub async fn lock_chat(&self, chat: i64) -> ChatLock {
        let Coordinator::Redis { conn, prefix } = self else { return ChatLock { release: None } };
        let mut conn = conn.clone();
        let key = format!("{prefix}lock:{chat}");
        let token = format!("{:016x}", rand::random::<u64>());
        let deadline = tokio::time::Instant::now() + LOCK_WAIT;
        let mut pause = Duration::from_millis(5);
        loop {
            let got: Result<Option<String>, _> = redis::cmd("SET")
                .arg(&key)
                .arg(&token)
                .arg("NX")
                .arg("PX")
                .arg(LOCK_TTL.as_millis() as u64)
                .query_async(&mut conn)
                .await;
            match got {
                Ok(Some(_)) => return ChatLock { release: Some((conn, key, token)) },
                Ok(None) if tokio::time::Instant::now() < deadline => {
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(Duration::from_millis(200));
                }
                Ok(None) => {
                    tracing::warn!("chat lock wait timed out; going ahead");
                    return ChatLock { release: None };
                }
                Err(e) => {
                    tracing::warn!(error = %e, "chat lock unavailable; going ahead");
                    return ChatLock { release: None };
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn local_coordinator_remembers_recent_updates() {
        let c = Coordinator::local();
        assert!(c.first_delivery(1).await);
        assert!(!c.first_delivery(1).await);
        for id in 2..(LOCAL_SEEN as i64 + 10) {
            assert!(c.first_delivery(id).await);
        }
        // The oldest id was forgotten, the bound holds.
        assert!(c.first_delivery(1).await);
        // An unmarked id is taken again, once.
        c.unmark(5).await;
        assert!(c.first_delivery(5).await);
        assert!(!c.first_delivery(5).await);
        let _lock = c.lock_chat(5).await;
    }
}
