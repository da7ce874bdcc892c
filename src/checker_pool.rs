//! The photo checker pool: a few dedicated threads that run `quality::check`, so image work never
//! stalls the async workers, with a permit per running check so callers can tell a person that
//! they wait. Not Telegram-specific: any adapter that checks photos can share it.

use std::{
    panic::AssertUnwindSafe,
    sync::{Arc, Mutex, mpsc},
    time::Duration,
};

use tokio::sync::{OwnedSemaphorePermit, Semaphore, TryAcquireError};

use crate::{
    dialogue::PhotoOutcome,
    quality::{self, CheckOptions, InputError, InputErrorCode, Kind},
};

const CHECK_TIMEOUT: Duration = Duration::from_secs(60);

/// Check threads run at this `nice` level. A check is seconds of batch work; a text reply is
/// interactive. Measured with `examples/load.rs` on 2 cores: with the checks at the same priority
/// as the async workers, text replies took their turn behind them.
#[cfg(target_os = "linux")]
const CHECK_THREAD_NICE: libc::c_int = 10;

type Job = Box<dyn FnOnce() + Send>;

pub struct PhotoChecker {
    permits: Arc<Semaphore>,
    jobs: mpsc::Sender<Job>,
}

/// A permit to run one check.
pub struct Slot {
    permit: OwnedSemaphorePermit,
}

impl PhotoChecker {
    /// Starts `max_concurrent` check threads; they end when the checker is dropped.
    pub fn new(max_concurrent: usize) -> PhotoChecker {
        let threads = max_concurrent.max(1);
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for i in 0..threads {
            let queue = Arc::clone(&queue);
            let spawned =
                std::thread::Builder::new().name(format!("photo-check-{i}")).spawn(move || {
                    lower_this_thread_priority();
                    loop {
                        // Hold the lock only to take a job, not while running it.
                        let job = match queue.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return, // the checker was dropped
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a photo check thread");
            }
        }
        PhotoChecker { permits: Arc::new(Semaphore::new(threads)), jobs }
    }

    /// Takes a permit now if one is free; otherwise says so and the caller awaits `wait`.
    pub fn try_slot(&self) -> Option<Slot> {
        match self.permits.clone().try_acquire_owned() {
            Ok(permit) => Some(Slot { permit }),
            Err(TryAcquireError::NoPermits | TryAcquireError::Closed) => None,
        }
    }

    pub async fn wait(&self) -> Option<Slot> {
        self.permits.clone().acquire_owned().await.ok().map(|permit| Slot { permit })
    }

    /// Runs the checker on a check thread. A panic inside it becomes a `corrupt` answer for this
    /// photo, never a dead chat worker or a lost thread.
    pub async fn check(&self, slot: Slot, bytes: Vec<u8>, kind: Kind) -> PhotoOutcome {
        let (done, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _permit = slot.permit;
            let opts = CheckOptions { annotate: true, ..CheckOptions::default() };
            let outcome =
                std::panic::catch_unwind(AssertUnwindSafe(|| quality::check(&bytes, kind, &opts)));
            let _ = done.send(outcome);
        });
        if self.jobs.send(job).is_err() {
            return PhotoOutcome::Unreadable(InputError::new(
                InputErrorCode::Corrupt,
                "the checker has stopped",
            ));
        }
        match tokio::time::timeout(CHECK_TIMEOUT, result).await {
            Ok(Ok(Ok(Ok(checked)))) => PhotoOutcome::Checked(checked),
            Ok(Ok(Ok(Err(error)))) => PhotoOutcome::Unreadable(error),
            Ok(Ok(Err(_))) | Ok(Err(_)) => {
                tracing::error!("photo check failed");
                PhotoOutcome::Unreadable(InputError::new(
                    InputErrorCode::Corrupt,
                    "the check failed",
                ))
            }
            Err(_) => {
                tracing::error!("photo check timed out");
                PhotoOutcome::Unreadable(InputError::new(
                    InputErrorCode::Corrupt,
                    "the check timed out",
                ))
            }
        }
    }
}

/// Lets the scheduler prefer the async workers over checks (see `CHECK_THREAD_NICE`). On Linux
/// `setpriority` with id 0 applies to the calling thread only.
fn lower_this_thread_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments.
    unsafe {
        if libc::setpriority(libc::PRIO_PROCESS, 0, CHECK_THREAD_NICE) != 0 {
            tracing::debug!("could not lower the priority of a check thread");
        }
    }
}
