//! Photos from Telegram: downloaded into memory (never to disk) with a size cap, checked on a
//! blocking thread under a global bound so image work never stalls the async workers.

use std::{sync::Arc, time::Duration};

use futures::StreamExt;
use teloxide::{net::Download, prelude::Requester, types::FileMeta};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, TryAcquireError};

use crate::{
    dialogue::PhotoOutcome,
    quality::{self, CheckOptions, InputError, InputErrorCode, Kind},
};

use super::TgBot;

/// Bots may download at most 20 MB through getFile.
pub const MAX_DOWNLOAD_BYTES: usize = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(60);
const CHECK_TIMEOUT: Duration = Duration::from_secs(60);

pub struct PhotoChecker {
    permits: Arc<Semaphore>,
}

/// A permit to run one check; `queued` tells the caller the person had to wait for it.
pub struct Slot {
    permit: OwnedSemaphorePermit,
    pub queued: bool,
}

impl PhotoChecker {
    pub fn new(max_concurrent: usize) -> PhotoChecker {
        PhotoChecker { permits: Arc::new(Semaphore::new(max_concurrent.max(1))) }
    }

    /// Takes a permit now if one is free; otherwise says so and the caller awaits `wait`.
    pub fn try_slot(&self) -> Option<Slot> {
        match self.permits.clone().try_acquire_owned() {
            Ok(permit) => Some(Slot { permit, queued: false }),
            Err(TryAcquireError::NoPermits | TryAcquireError::Closed) => None,
        }
    }

    pub async fn wait(&self) -> Option<Slot> {
        self.permits.clone().acquire_owned().await.ok().map(|permit| Slot { permit, queued: true })
    }

    /// Runs the checker on a blocking thread. A panic inside it becomes a `corrupt` answer for
    /// this photo, never a dead chat worker.
    pub async fn check(&self, slot: Slot, bytes: Vec<u8>, kind: Kind) -> PhotoOutcome {
        let task = tokio::task::spawn_blocking(move || {
            let _permit = slot.permit;
            let opts = CheckOptions { annotate: true, ..CheckOptions::default() };
            quality::check(&bytes, kind, &opts)
        });
        match tokio::time::timeout(CHECK_TIMEOUT, task).await {
            Ok(Ok(Ok(checked))) => PhotoOutcome::Checked(checked),
            Ok(Ok(Err(error))) => PhotoOutcome::Unreadable(error),
            Ok(Err(join_error)) => {
                tracing::error!(panic = join_error.is_panic(), "photo check failed");
                PhotoOutcome::Unreadable(InputError::new(InputErrorCode::Corrupt, "the check failed"))
            }
            Err(_) => {
                tracing::error!("photo check timed out");
                PhotoOutcome::Unreadable(InputError::new(InputErrorCode::Corrupt, "the check timed out"))
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("file too large")]
    TooLarge,
    #[error("download failed: {0}")]
    Failed(String),
}

/// Downloads a file into memory, refusing it before and during the download when it is larger
/// than `MAX_DOWNLOAD_BYTES` (the size Telegram reports can be missing or wrong).
pub async fn download(bot: &TgBot, file: &FileMeta) -> Result<Vec<u8>, FetchError> {
    if file.size as usize > MAX_DOWNLOAD_BYTES {
        return Err(FetchError::TooLarge);
    }
    let info = bot.api().get_file(file.id.clone()).await.map_err(|e| FetchError::Failed(e.to_string()))?;
    if info.size as usize > MAX_DOWNLOAD_BYTES {
        return Err(FetchError::TooLarge);
    }
    let fetch = async {
        let mut bytes = Vec::with_capacity((info.size as usize).min(MAX_DOWNLOAD_BYTES));
        let mut stream = bot.api().download_file_stream(&info.path);
        while let Some(chunk) = stream.next().await {
            // without_url: the file URL contains the bot token.
            let chunk = chunk.map_err(|e| FetchError::Failed(e.without_url().to_string()))?;
            if bytes.len() + chunk.len() > MAX_DOWNLOAD_BYTES {
                return Err(FetchError::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    };
    tokio::time::timeout(DOWNLOAD_TIMEOUT, fetch).await.map_err(|_| FetchError::Failed("timed out".into()))?
}
