//! Dialogue storage: SQLite (default), Redis (several replicas) or memory (tests), all behind
//! teloxide's `Storage`. States are stored as JSON values and turned into `State` here, so a state
//! that no longer reads after an upgrade resets that person's dialogue with a message instead of
//! leaving them ignored.

use std::{sync::Arc, time::Duration};

use futures::future::BoxFuture;
use redis::AsyncCommands;
use serde_json::Value;
use teloxide::{
    dispatching::dialogue::{ErasedStorage, InMemStorage, Storage},
    types::ChatId,
};

use crate::{config::StorageUrl, dialogue::State};

pub type RawStorage = ErasedStorage<Value>;

#[derive(Clone)]
pub struct DialogueStore {
    storage: Arc<RawStorage>,
}

/// A loaded dialogue, and whether a stored one had to be thrown away.
pub struct Loaded {
    pub state: State,
    pub was_reset: bool,
}

impl DialogueStore {
    pub async fn open(
        url: &StorageUrl,
        redis_prefix: &str,
        redis_ttl: Duration,
    ) -> anyhow::Result<DialogueStore> {
        let storage: Arc<RawStorage> = match url {
            StorageUrl::Memory => InMemStorage::<Value>::new().erase(),
            StorageUrl::Sqlite(path) => SqliteStore::open(path).await?.erase(),
            StorageUrl::Redis(url) => RedisStore::open(url, redis_prefix, redis_ttl).await?.erase(),
        };
        Ok(DialogueStore { storage })
    }

    pub fn from_storage(storage: Arc<RawStorage>) -> DialogueStore {
        DialogueStore { storage }
    }

    pub async fn load(&self, chat: ChatId) -> anyhow::Result<Loaded> {
        let raw = self
            .storage
            .clone()
            .get_dialogue(chat)
            .await
            .map_err(|e| anyhow::anyhow!("storage read: {e}"))?;
        Ok(match raw {
            None => Loaded { state: State::default(), was_reset: false },
            Some(value) => match serde_json::from_value::<State>(value) {
                Ok(state) => Loaded { state, was_reset: false },
                Err(e) => {
                    tracing::warn!(error = %e, "stored dialogue no longer reads; resetting it");
                    Loaded { state: State::default(), was_reset: true }
                }
            },
        })
    }

    pub async fn save(&self, chat: ChatId, state: &State) -> anyhow::Result<()> {
        let value = serde_json::to_value(state)?;
        self.storage
            .clone()
            .update_dialogue(chat, value)
            .await
            .map_err(|e| anyhow::anyhow!("storage write: {e}"))
    }

    /// Deletes the dialogue; deleting one that does not exist is fine (teloxide #414).
    pub async fn forget(&self, chat: ChatId) -> anyhow::Result<()> {
        match self.storage.clone().remove_dialogue(chat).await {
            Ok(()) => Ok(()),
            Err(e) if e.to_string().to_lowercase().contains("not found") => Ok(()),
            Err(e) => Err(anyhow::anyhow!("storage delete: {e}")),
        }
    }
}

/// SQLite storage in teloxide's table layout (`teloxide_dialogues(chat_id, dialogue)`, so files
/// written by teloxide's `SqliteStorage` keep working), opened with `secure_delete` so that a
/// deleted dialogue (/forget) is overwritten on disk rather than left in free pages — teloxide's
/// own storage opens its pool without a way to set that pragma.
pub struct SqliteStore {
    pool: sqlx::SqlitePool,
}

#[derive(Debug, thiserror::Error)]
pub enum SqliteStoreError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] sqlx::Error),
    #[error("stored value is not JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("dialogue not found")]
    DialogueNotFound,
}

impl SqliteStore {
    pub async fn open(path: &str) -> anyhow::Result<Arc<SqliteStore>> {
        use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
        if let Some(dir) = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            // A rollback journal (not WAL) so old page images do not linger in a -wal file.
            .journal_mode(SqliteJournalMode::Delete)
            .pragma("secure_delete", "ON");
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| anyhow::anyhow!("cannot open SQLite storage {path}: {e}"))?;
        sqlx::query("CREATE TABLE IF NOT EXISTS teloxide_dialogues (chat_id BIGINT PRIMARY KEY, dialogue BLOB NOT NULL)")
            .execute(&pool)
            .await?;
        Ok(Arc::new(SqliteStore { pool }))
    }
}

impl Storage<Value> for SqliteStore {
    type Error = SqliteStoreError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            let removed = sqlx::query("DELETE FROM teloxide_dialogues WHERE chat_id = ?")
                .bind(chat.0)
                .execute(&self.pool)
                .await?
                .rows_affected();
            if removed == 0 { Err(SqliteStoreError::DialogueNotFound) } else { Ok(()) }
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat: ChatId,
        dialogue: Value,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            let bytes = serde_json::to_vec(&dialogue)?;
            sqlx::query(
                "INSERT INTO teloxide_dialogues VALUES (?, ?) ON CONFLICT(chat_id) DO UPDATE SET dialogue = excluded.dialogue",
            )
            .bind(chat.0)
            .bind(bytes)
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<Option<Value>, Self::Error>> {
        Box::pin(async move {
            let row: Option<(Vec<u8>,)> =
                sqlx::query_as("SELECT dialogue FROM teloxide_dialogues WHERE chat_id = ?")
                    .bind(chat.0)
                    .fetch_optional(&self.pool)
                    .await?;
            // Bytes that are not JSON read like a state that no longer deserialises: a reset.
            Ok(row.map(|(bytes,)| serde_json::from_slice(&bytes).unwrap_or(Value::Null)))
        })
    }
}

/// Redis storage with a key prefix (so it can share a database) and an expiry refreshed on every
/// write (so abandoned dialogues do not live forever) — teloxide's own RedisStorage has neither.
pub struct RedisStore {
    conn: redis::aio::ConnectionManager,
    prefix: String,
    ttl_secs: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum RedisStoreError {
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    #[error("stored value is not JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("dialogue not found")]
    DialogueNotFound,
}

impl RedisStore {
    pub async fn open(url: &str, prefix: &str, ttl: Duration) -> anyhow::Result<Arc<RedisStore>> {
        let client = redis::Client::open(url)?;
        let conn = tokio::time::timeout(Duration::from_secs(10), client.get_connection_manager())
            .await
            .map_err(|_| anyhow::anyhow!("timed out connecting to Redis"))??;
        Ok(Arc::new(RedisStore { conn, prefix: prefix.to_owned(), ttl_secs: ttl.as_secs().max(1) }))
    }

    fn key(&self, chat: ChatId) -> String {
        format!("{}dialogue:{}", self.prefix, chat.0)
    }
}

impl Storage<Value> for RedisStore {
    type Error = RedisStoreError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let removed: u64 = conn.del(self.key(chat)).await?;
            if removed == 0 { Err(RedisStoreError::DialogueNotFound) } else { Ok(()) }
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
