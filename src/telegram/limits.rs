//! Per-person rate limits: token buckets in a concurrent map, refilled continuously.

use std::time::{Duration, Instant};

use dashmap::DashMap;

/// A bucket of `capacity` tokens refilled at `capacity` per `period`.
pub struct RateLimiter {
    capacity: f64,
    per_second: f64,
    buckets: DashMap<i64, Bucket>,
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
        }
    }

    /// Takes one token for `key`; false when the bucket is empty.
    pub fn allow(&self, key: i64) -> bool {
        self.allow_at(key, Instant::now())
    }

    fn allow_at(&self, key: i64, now: Instant) -> bool {
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

    /// Drops buckets that are full again, so the map does not grow with every person ever seen.
    pub fn prune(&self) {
        let now = Instant::now();
        let full_after = self.capacity / self.per_second;
        self.buckets
            .retain(|_, b| now.saturating_duration_since(b.updated).as_secs_f64() < full_after);
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
}
