//! When to stop. The bot runs until a future given to it completes (`telegram::run(config,
//! shutdown)`, as mini-redis's `server::run(listener, shutdown)`): `main` passes `signals()`,
//! tests pass a future they complete themselves, so both go through the same start-up and the
//! same stopping code.

use std::future::Future;

/// Ctrl-C (SIGINT) and SIGTERM (what Docker and systemd send). The handlers are installed when
/// this is called, not when the future is first polled: call it first thing, so that a signal
/// that arrives while the bot is still starting is taken here (and acted on) instead of killing
/// the process the hard way.
pub fn signals() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{Signal, SignalKind, signal};
        let listen = |kind: SignalKind, name: &str| -> Option<Signal> {
            signal(kind).map_err(|e| tracing::warn!(error = %e, "cannot listen for {name}")).ok()
        };
        let interrupt = listen(SignalKind::interrupt(), "Ctrl-C");
        let terminate = listen(SignalKind::terminate(), "SIGTERM");
        async move {
            tokio::select! {
                () = received(interrupt) => tracing::info!("Ctrl-C received"),
                () = received(terminate) => tracing::info!("SIGTERM received"),
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The next delivery of `signal`; never, when it could not be listened for.
#[cfg(unix)]
async fn received(signal: Option<tokio::signal::unix::Signal>) {
    match signal {
        Some(mut signal) => {
            signal.recv().await;
        }
        None => std::future::pending().await,
    }
}
