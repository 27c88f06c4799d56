import Dispatch

/// Runs work on many items at once and hands the results out in the items' order: the batch
/// engine of `duties extract FILES…` and of the corpus index.
///
/// Up to ``jobs`` items are worked on at once, each starting as soon as a job is free, so a large
/// file does not hold the others back; the caller's `deliver` runs for each result in turn, in the
/// order of the items, while the jobs go on with the next ones. Items are held from their start
/// until they are delivered, and together they hold no more than ``byteBudget`` (by the sizes the
/// caller gives) nor more than ``lookahead`` items past the one to deliver next — except that the
/// item to deliver next always starts — so memory stays what one large file may take whatever the
/// number of jobs. The results and their order do not depend on the number of jobs.
///
/// Once the task is cancelled no item starts; those started are finished and delivered.
public struct OrderedBatch: Sendable {
  /// The items worked on at once: 1 to ``maximumJobs``. With one, an item starts only once the
  /// one before it is delivered, so one item is held at a time.
  public var jobs: Int
  /// The bytes the items started and not yet delivered may hold together.
  public var byteBudget: Int
  /// How many items past the next to deliver may be started: four per job.
  public var lookahead: Int { 4 * jobs }
  /// The most jobs a batch runs.
  public static let maximumJobs = 1_024

  /// Creates a batch of `jobs` at once (kept within 1 and ``maximumJobs``) within `byteBudget`.
  public init(jobs: Int, byteBudget: Int) {
    self.jobs = min(max(1, jobs), Self.maximumJobs)
    self.byteBudget = byteBudget
  }

  /// Works on `items` (`size` gives each one's bytes for the budget) and delivers each result in
  /// order; rethrows the first error `deliver` throws, after which no item starts.
  ///
  /// `work` runs on Dispatch's threads, not the task's: reading and extraction keep a core busy
  /// for as long as a file takes, and the caller's `deliver` (writing output) goes on meanwhile.
  public func run<Item: Sendable, Output: Sendable>(
    _ items: [Item], size: (Item) -> Int, work: @escaping @Sendable (Item) -> Output,
    deliver: (Item, Output) async throws -> Void
  ) async throws {
    try await run(
      items, size: size, asyncWork: { item in await Self.offload { work(item) } }, deliver: deliver)
  }

  /// Works on `items` as ``run(_:size:work:deliver:)`` does, with work that may suspend (to ask a
  /// database something before the work that keeps a core busy, which it hands to ``offload(_:)``).
  public func run<Item: Sendable, Output: Sendable>(
    _ items: [Item], size: (Item) -> Int, asyncWork work: @escaping @Sendable (Item) async -> Output,
    deliver: (Item, Output) async throws -> Void
  ) async throws {
    let sizes = items.map(size)
    var state = State(sizes: sizes)
    try await withThrowingTaskGroup(of: (Int, Output).self) { group in
      func startWhatMay() {
        while !Task.isCancelled,
          let index = state.nextToStart(jobs: jobs, budget: byteBudget, lookahead: lookahead)
        {
          let item = items[index]
          group.addTask { (index, await work(item)) }
        }
      }
      startWhatMay()
      var finished: [Int: Output] = [:]
      while let (index, output) = try await group.next() {
        state.finish()
        finished[index] = output
        // New work starts before the results are delivered, so no job waits on the caller.
        startWhatMay()
        while let ready = finished.removeValue(forKey: state.position) {
          let index = state.position
          state.deliver(index)
          try await deliver(items[index], ready)
          startWhatMay()
        }
      }
    }
  }

  /// Runs `body` on one of Dispatch's threads and waits for it without holding the task's thread:
  /// for work that keeps a core busy for a long time.
  public static func offload<Output: Sendable>(_ body: @escaping @Sendable () -> Output) async -> Output {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async { continuation.resume(returning: body()) }
    }
  }
}

extension OrderedBatch {
  /// Which items have started, finished and been delivered, and the bytes they hold.
  struct State {
    let sizes: [Int]
    /// The next item to start.
    private(set) var next = 0
    /// The next item to deliver.
    private(set) var position = 0
    /// Items started and not finished.
    private(set) var running = 0
    /// The bytes of the items started and not yet delivered.
    private(set) var held = 0

    init(sizes: [Int]) {
      self.sizes = sizes
    }

    /// The item to start now, if one may: a job is free, and it is the item to deliver next (which
    /// always starts) or, with more than one job, it fits the budget and is within the lookahead.
    /// Marks it started.
    mutating func nextToStart(jobs: Int, budget: Int, lookahead: Int) -> Int? {
      guard next < sizes.count, running < jobs else { return nil }
      guard next == position || (jobs > 1 && held + sizes[next] <= budget && next < position + lookahead)
      else { return nil }
      defer { next += 1 }
      running += 1
      held += sizes[next]
      return next
    }

    /// Marks an item finished.
    mutating func finish() {
      running -= 1
    }

    /// Marks the item at ``position`` delivered.
    mutating func deliver(_ index: Int) {
      held -= sizes[index]
      position += 1
    }
  }
}
