//! Redis storage with a key prefix (so it can share a database) and an expiry refreshed on every
//! write (so abandoned dialogues do not live forever) — teloxide's own RedisStorage has neither.

use std::{sync::Arc, time::Duration};

use anyhow::Context as _;
use futures::future::BoxFuture;
use redis::{AsyncCommands, aio::ConnectionManager};
use serde_json::Value;
use teloxide::{dispatching::dialogue::Storage, types::ChatId};

use super::StoreError;

/// How long connecting to Redis may take at start-up.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A managed connection (it reconnects by itself), for the store and the coordinator.
pub(crate) async fn connect(url: &str) -> anyhow::Result<ConnectionManager> {
    let client = redis::Client::open(url).context("STORAGE_URL is not a Redis URL")?;
    tokio::time::timeout(CONNECT_TIMEOUT, client.get_connection_manager())
        .await
        .context("timed out connecting to Redis")?
        .context("cannot connect to Redis")
}

pub struct RedisStore {
    conn: ConnectionManager,
    prefix: String,
    ttl_secs: u64,
}

impl RedisStore {
    pub async fn open(url: &str, prefix: &str, ttl: Duration) -> anyhow::Result<Arc<RedisStore>> {
        let conn = connect(url).await?;
        Ok(Arc::new(RedisStore { conn, prefix: prefix.to_owned(), ttl_secs: ttl.as_secs().max(1) }))
    }

    fn key(&self, chat: ChatId) -> String {
        format!("{}dialogue:{}", self.prefix, chat.0)
    }
}

impl Storage<Value> for RedisStore {
    type Error = StoreError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let removed: u64 = conn.del(self.key(chat)).await?;
            if removed == 0 { Err(StoreError::NotFound) } else { Ok(()) }
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat: ChatId,
        dialogue: Value,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let json = serde_json::to_string(&dialogue)?;
            let _: () = conn.set_ex(self.key(chat), json, self.ttl_secs).await?;
            Ok(())
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<Option<Value>, Self::Error>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let raw: Option<String> = conn.get(self.key(chat)).await?;
            // A value that is not even JSON is treated like one that no longer reads: reset.
            Ok(raw.map(|s| serde_json::from_str(&s).unwrap_or(Value::Null)))
        })
    }
}
