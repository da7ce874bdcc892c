//! Photos from Telegram: downloaded into memory (never to disk) with a size cap. They are checked
//! on `crate::checker_pool`.

use std::time::Duration;

use futures::StreamExt;
use teloxide::{RequestError, net::Download, prelude::Requester, types::FileMeta};

use super::TgBot;

/// Bots may download at most 20 MB through getFile.
pub const MAX_DOWNLOAD_BYTES: usize = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("file too large")]
    TooLarge,
    /// getFile failed. Its text can hold the token (the request URL): redact before logging.
    #[error("getFile failed")]
    GetFile(#[source] RequestError),
    #[error("download failed")]
    Download(#[source] reqwest::Error),
    #[error("download timed out")]
    TimedOut,
}

/// Downloads a file into memory, refusing it before and during the download when it is larger
/// than `MAX_DOWNLOAD_BYTES` (the size Telegram reports can be missing or wrong).
pub async fn download(bot: &TgBot, file: &FileMeta) -> Result<Vec<u8>, FetchError> {
    if file.size as usize > MAX_DOWNLOAD_BYTES {
        return Err(FetchError::TooLarge);
    }
    let info = bot.api().get_file(file.id.clone()).await.map_err(FetchError::GetFile)?;
    if info.size as usize > MAX_DOWNLOAD_BYTES {
        return Err(FetchError::TooLarge);
    }
    let fetch = async {
        let mut bytes = Vec::with_capacity((info.size as usize).min(MAX_DOWNLOAD_BYTES));
        let mut stream = bot.api().download_file_stream(&info.path);
        while let Some(chunk) = stream.next().await {
            // without_url: the file URL contains the bot token.
            let chunk = chunk.map_err(|e| FetchError::Download(e.without_url()))?;
            if bytes.len() + chunk.len() > MAX_DOWNLOAD_BYTES {
                return Err(FetchError::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    };
    tokio::time::timeout(DOWNLOAD_TIMEOUT, fetch).await.map_err(|_| FetchError::TimedOut)?
}
