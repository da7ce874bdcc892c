//! Dialogue storage: SQLite (default), Redis (several replicas) or memory (tests), all behind
//! teloxide's `Storage`. States are stored as JSON values and turned into `State` here, so a state
//! that no longer reads after an upgrade resets that person's dialogue with a message instead of
//! leaving them ignored. Nothing here is Telegram-specific beyond the `ChatId` key, so the console
//! could keep its dialogue in the same stores.

mod redis;
mod sqlite;

use std::{sync::Arc, time::Duration};

use serde_json::Value;
use teloxide::{
    dispatching::dialogue::{ErasedStorage, InMemStorage, InMemStorageError, Storage},
    types::ChatId,
};

use crate::{config::StorageUrl, dialogue::State};

pub(crate) use self::redis::connect as connect_redis;
pub use self::{redis::RedisStore, sqlite::SqliteStore};

type RawStorage = ErasedStorage<Value>;

/// What can go wrong in any of the stores. `NotFound` is a variant of its own, so "delete what is
/// not there" is matched as a value, never by the text of an error.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("dialogue not found")]
    NotFound,
    #[error("sqlite")]
    Sqlite(#[from] sqlx::Error),
    #[error("redis")]
    Redis(#[from] ::redis::RedisError),
    #[error("stored value is not JSON")]
    Json(#[from] serde_json::Error),
    #[error("storage")]
    Other(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl From<InMemStorageError> for StoreError {
    fn from(error: InMemStorageError) -> StoreError {
        match error {
            InMemStorageError::DialogueNotFound => StoreError::NotFound,
        }
    }
}

/// The erased storage's error, turned back into `StoreError` (the SQLite and Redis stores return
/// one; the memory store's own error converts).
fn store_error(error: Box<dyn std::error::Error + Send + Sync>) -> StoreError {
    match error.downcast::<StoreError>() {
        Ok(e) => *e,
        Err(error) => match error.downcast::<InMemStorageError>() {
            Ok(e) => (*e).into(),
            Err(other) => StoreError::Other(other),
        },
    }
}

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

    pub async fn load(&self, chat: ChatId) -> Result<Loaded, StoreError> {
        let raw = self.storage.clone().get_dialogue(chat).await.map_err(store_error)?;
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

    pub async fn save(&self, chat: ChatId, state: &State) -> Result<(), StoreError> {
        let value = serde_json::to_value(state)?;
        self.storage.clone().update_dialogue(chat, value).await.map_err(store_error)
    }

    /// Deletes the dialogue; deleting one that does not exist is fine (teloxide #414).
    pub async fn forget(&self, chat: ChatId) -> Result<(), StoreError> {
        match self.storage.clone().remove_dialogue(chat).await.map_err(store_error) {
            Ok(()) | Err(StoreError::NotFound) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn forgetting_twice_is_fine_in_every_local_store() {
        let dir = tempfile::tempdir().unwrap();
        let sqlite = StorageUrl::Sqlite(dir.path().join("s.sqlite").display().to_string());
        for url in [StorageUrl::Memory, sqlite] {
            let store = DialogueStore::open(&url, "", Duration::from_secs(60)).await.unwrap();
            store.save(ChatId(5), &State::default()).await.unwrap();
            store.forget(ChatId(5)).await.unwrap();
            store.forget(ChatId(5)).await.unwrap();
            assert!(!store.load(ChatId(5)).await.unwrap().was_reset);
        }
    }

    #[test]
    fn not_found_survives_the_erased_storage() {
        let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(StoreError::NotFound);
        assert!(matches!(store_error(boxed), StoreError::NotFound));
        let boxed: Box<dyn std::error::Error + Send + Sync> =
            Box::new(InMemStorageError::DialogueNotFound);
        assert!(matches!(store_error(boxed), StoreError::NotFound));
    }
}
