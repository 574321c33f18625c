//! An ordered, bounded parallel map for bulk scans (`backfill plan`, `audit`).
//!
//! Rows are read from the database on the calling thread; the per-org work (parsing settings,
//! planning, auditing, serializing) runs on worker threads in batches; results come back in
//! input order, so output files, their hashes and printed rows are exactly what a sequential
//! run produces. At most a few batches are in flight, and a batch ends at [`BATCH`] items or
//! [`BATCH_BYTES`] of input, so memory stays flat in the number of orgs and bounded whatever
//! the size of their documents.

use std::collections::BTreeMap;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Items per batch: large enough that channel traffic is noise, small enough that the first
/// results show at once.
const BATCH: usize = 256;

/// Input bytes per batch: a batch of big documents (parsed, they take several times their
/// text) ends early rather than hold hundreds of them at once.
const BATCH_BYTES: usize = 4 << 20;

/// Input bytes in flight (sent, not yet emitted) before the reader waits for results: with
/// big documents, a few batches of one org each would otherwise hold a few hundred MiB.
const IN_FLIGHT_BYTES: usize = 16 << 20;

/// Batches in flight per worker before the reader waits for results, whatever their bytes:
/// what a batch comes out as can be many times its input (every member of an org named, with
/// its models), so bytes of input alone would let the output waiting to be written grow with
/// the run. Four keep a worker busy while the reader writes.
const BATCHES_PER_WORKER: usize = 4;

type Job<I> = (u64, Vec<I>);

pub struct OrderedPool<I, O> {
    jobs: Option<SyncSender<Job<I>>>,
    results: Receiver<(u64, Vec<O>)>,
    workers: Vec<JoinHandle<()>>,
    batch: Vec<I>,
    batch_bytes: usize,
    sent: u64,
    emitted: u64,
    ready: BTreeMap<u64, Vec<O>>,
    /// Input bytes of each batch sent and not yet emitted, by sequence number.
    in_flight: BTreeMap<u64, usize>,
    /// Batches sent and not yet emitted before the reader waits.
    max_batches: usize,
}

impl<I: Send + 'static, O: Send + 'static> OrderedPool<I, O> {
    /// Starts `threads` workers; each gets its own function from `make_worker`, which it
    /// applies to whole batches.
    pub fn new<W>(threads: usize, make_worker: impl Fn() -> W) -> Self
    where
        W: FnMut(Vec<I>) -> Vec<O> + Send + 'static,
    {
        let threads = threads.max(1);
        let (jobs, job_rx) = mpsc::sync_channel::<Job<I>>(threads * 2);
        let job_rx = Arc::new(Mutex::new(job_rx));
        let (result_tx, results) = mpsc::channel();
        let workers = (0..threads)
            .map(|_| {
                let (job_rx, result_tx): (_, Sender<(u64, Vec<O>)>) = (Arc::clone(&job_rx), result_tx.clone());
                let mut work = make_worker();
                std::thread::spawn(move || loop {
                    // The lock is held only while taking a job, never while working on one.
                    let job = match job_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, items)) = job else { return };
                    if result_tx.send((seq, work(items))).is_err() {
                        return;
                    }
                })
            })
            .collect();
        Self {
            jobs: Some(jobs),
            results,
            workers,
            batch: Vec::with_capacity(BATCH),
            batch_bytes: 0,
            sent: 0,
            emitted: 0,
            ready: BTreeMap::new(),
            in_flight: BTreeMap::new(),
            max_batches: threads * BATCHES_PER_WORKER,
        }
    }

    /// Queues one item of about `bytes` of input; hands every result that is ready, in order,
    /// to `emit`.
    pub fn push(
        &mut self,
        item: I,
        bytes: usize,
        emit: &mut impl FnMut(O) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.batch.push(item);
        self.batch_bytes += bytes;
        if self.batch.len() >= BATCH || self.batch_bytes >= BATCH_BYTES {
            // Bounded in batches and in bytes: wait for earlier results first when this batch
            // would take what is in flight over either bound (a batch alone always goes).
            while !self.in_flight.is_empty()
                && (self.in_flight.len() >= self.max_batches
                    || self.bytes_in_flight() + self.batch_bytes > IN_FLIGHT_BYTES)
            {
                self.receive_one(emit)?;
            }
            self.send_batch()?;
            while let Ok((seq, out)) = self.results.try_recv() {
                self.ready.insert(seq, out);
            }
            self.emit_ready(emit)?;
        }
        Ok(())
    }

    fn bytes_in_flight(&self) -> usize {
        self.in_flight.values().sum()
    }

    /// Waits for one result and emits whatever is then ready.
    fn receive_one(&mut self, emit: &mut impl FnMut(O) -> anyhow::Result<()>) -> anyhow::Result<()> {
        let (seq, out) = self.results.recv().map_err(|_| worker_failed())?;
        self.ready.insert(seq, out);
        self.emit_ready(emit)
    }

    /// Processes what is left, hands every remaining result to `emit` and stops the workers.
    pub fn finish(mut self, emit: &mut impl FnMut(O) -> anyhow::Result<()>) -> anyhow::Result<()> {
        if !self.batch.is_empty() {
            self.send_batch()?;
        }
        self.jobs = None; // workers stop once the queue is empty
        while self.emitted < self.sent {
            self.receive_one(emit)?;
        }
        for worker in self.workers.drain(..) {
            worker.join().map_err(|_| worker_failed())?;
        }
        Ok(())
    }

    fn send_batch(&mut self) -> anyhow::Result<()> {
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        self.in_flight.insert(self.sent, std::mem::take(&mut self.batch_bytes));
        let jobs = self.jobs.as_ref().ok_or_else(worker_failed)?;
        jobs.send((self.sent, batch)).map_err(|_| worker_failed())?;
        self.sent += 1;
        Ok(())
    }

    fn emit_ready(&mut self, emit: &mut impl FnMut(O) -> anyhow::Result<()>) -> anyhow::Result<()> {
        while let Some(out) = self.ready.remove(&self.emitted) {
            self.in_flight.remove(&self.emitted);
            self.emitted += 1;
            for item in out {
                emit(item)?;
            }
        }
        Ok(())
    }
}

fn worker_failed() -> anyhow::Error {
    anyhow::anyhow!("internal error: a worker thread stopped before finishing its work")
}

/// Worker threads for bulk scans: one per core the process may use.
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_input_order() {
        for (n, threads) in [(0u64, 2), (1, 1), (255, 2), (256, 3), (10_000, 4)] {
            let mut pool = OrderedPool::new(threads, || {
                |items: Vec<u64>| {
                    // Uneven work, so batches finish out of order.
                    if items.first().is_some_and(|i| i % 512 == 0) {
                        std::thread::sleep(std::time::Duration::from_millis(2));
                    }
                    items.into_iter().map(|i| i * 2).collect()
                }
            });
            let mut seen = Vec::new();
            let mut emit = |o: u64| {
                seen.push(o);
                Ok(())
            };
            for i in 0..n {
                pool.push(i, 1, &mut emit).unwrap();
            }
            pool.finish(&mut emit).unwrap();
            assert_eq!(seen, (0..n).map(|i| i * 2).collect::<Vec<_>>(), "{n} items, {threads} threads");
        }
    }

    #[test]
    fn batches_end_at_a_byte_budget() {
        // (bytes per item, the largest batch a worker may see)
        for (bytes, largest) in [(1, BATCH), (BATCH_BYTES / 2, 2), (BATCH_BYTES * 3, 1)] {
            let mut pool = OrderedPool::new(2, || |items: Vec<u32>| vec![items.len()]);
            let mut sizes = Vec::new();
            let mut emit = |n: usize| {
                sizes.push(n);
                Ok(())
            };
            for i in 0..600 {
                pool.push(i, bytes, &mut emit).unwrap();
            }
            pool.finish(&mut emit).unwrap();
            assert_eq!(sizes.iter().sum::<usize>(), 600);
            assert_eq!(sizes.iter().max(), Some(&largest), "{bytes} bytes an item");
        }
    }

    /// While one batch takes long (an org with thousands of members), the batches after it
    /// finish and wait for it to be written first: at most a few per worker, however small
    /// their input, so output cannot pile up with the run.
    #[test]
    fn results_waiting_to_be_written_stay_bounded() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let waiting = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let (w, m) = (Arc::clone(&waiting), Arc::clone(&most));
        let mut pool = OrderedPool::new(2, move || {
            let (w, m) = (Arc::clone(&w), Arc::clone(&m));
            move |items: Vec<u32>| {
                if items[0] as usize % (20 * BATCH) == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(30));
                }
                let now = w.fetch_add(items.len(), Ordering::SeqCst) + items.len();
                m.fetch_max(now, Ordering::SeqCst);
                items
            }
        });
        let mut emit = |_: u32| {
            waiting.fetch_sub(1, Ordering::SeqCst);
            Ok(())
        };
        for i in 0..20_000 {
            pool.push(i, 1, &mut emit).unwrap();
        }
        pool.finish(&mut emit).unwrap();
        let bound = 2 * BATCHES_PER_WORKER * BATCH;
        assert!(most.load(Ordering::SeqCst) <= bound, "{} results waited, bound {bound}", most.load(Ordering::SeqCst));
    }

    #[test]
    fn an_emit_error_stops_the_run_and_a_dead_worker_is_an_error() {
        let mut pool = OrderedPool::new(2, || |items: Vec<u32>| items);
        let mut emit = |o: u32| if o == 300 { Err(anyhow::anyhow!("stop")) } else { Ok(()) };
        let mut result = Ok(());
        for i in 0..1000 {
            result = result.and_then(|_| pool.push(i, 1, &mut emit));
        }
        let result = result.and_then(|_| pool.finish(&mut emit));
        assert_eq!(result.unwrap_err().to_string(), "stop");

        let mut pool = OrderedPool::new(1, || {
            |items: Vec<u32>| {
                assert!(items.len() < 100, "worker gives up");
                items
            }
        });
        let mut emit = |_: u32| Ok(());
        let mut result = Ok(());
        for i in 0..300 {
            result = result.and_then(|_| pool.push(i, 1, &mut emit));
        }
        let result = result.and_then(|_| pool.finish(&mut emit));
        assert!(result.unwrap_err().to_string().contains("worker thread"));
    }
}
