//! SQLite storage in teloxide's table layout (`teloxide_dialogues(chat_id, dialogue)`, so files
//! written by teloxide's `SqliteStorage` keep working), opened with `secure_delete` so that a
//! deleted dialogue (/forget) is overwritten on disk rather than left in free pages — teloxide's
//! own storage opens its pool without a way to set that pragma.

use std::sync::Arc;

use anyhow::Context as _;
use futures::future::BoxFuture;
use serde_json::Value;
use teloxide::{dispatching::dialogue::Storage, types::ChatId};

use super::StoreError;

pub struct SqliteStore {
    pool: sqlx::SqlitePool,
}

impl SqliteStore {
    pub async fn open(path: &str) -> anyhow::Result<Arc<SqliteStore>> {
        use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
        if let Some(dir) = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create the directory of {path}"))?;
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
            .with_context(|| format!("cannot open SQLite storage {path}"))?;
        sqlx::query("CREATE TABLE IF NOT EXISTS teloxide_dialogues (chat_id BIGINT PRIMARY KEY, dialogue BLOB NOT NULL)")
            .execute(&pool)
            .await
            .with_context(|| format!("cannot create the dialogue table in {path}"))?;
        Ok(Arc::new(SqliteStore { pool }))
    }
}

impl Storage<Value> for SqliteStore {
    type Error = StoreError;

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
            if removed == 0 { Err(StoreError::NotFound) } else { Ok(()) }
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
