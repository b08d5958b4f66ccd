import BriefingModel
import BriefingText
import Foundation

/// Produces a summary's editions in forked worker processes, one per job, so that
/// several languages are laid out and drawn at once.
///
/// Processes rather than threads: Cairo 1.16 keeps at most ten FreeType faces open
/// and closes one that another thread is still using, so threads that draw with the
/// same fonts crash now and then. A fork made while the process has a single thread
/// inherits the loaded summary and style, and shares nothing afterwards.
enum WorkerProcesses {
    /// The editions' reports in the editions' order, or nil when forking is not safe
    /// because another thread is running; the caller then produces them itself.
    static func produce(_ editions: [Edition], workers: Int, job: EditionJob,
                        resources: Resources) -> [RenderReport]? {
        guard workers > 1, threadCount() == 1 else { return nil }
        let shares = (0..<workers).map { worker in Array(stride(from: worker, to: editions.count, by: workers)) }
        // Whatever the parent has buffered must not be written again by a child.
        fflush(nil)
        var started: [(pid: pid_t, output: FileHandle, share: [Int])] = []
        for share in shares {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { break }
            let pid = fork()
            if pid == 0 {
                close(ends[0])
                let reports = produce(share.map { editions[$0] }, job: job, resources: resources)
                // A report that cannot be sent is a failure the parent sees as such.
                guard let encoded = try? JSONEncoder().encode(reports),
                      (try? FileHandle(fileDescriptor: ends[1], closeOnDealloc: true).write(contentsOf: encoded)) != nil
                else { _exit(1) }
                _exit(0)
            }
            close(ends[1])
            if pid < 0 {
                close(ends[0])
                break
            }
            started.append((pid, FileHandle(fileDescriptor: ends[0], closeOnDealloc: true), share))
        }
        var reports = [RenderReport?](repeating: nil, count: editions.count)
        for worker in started {
            // Read to the end before waiting, or a large report would fill the pipe.
            let data = worker.output.readDataToEndOfFile()
            var status: Int32 = 0
            while waitpid(worker.pid, &status, 0) == -1 && errno == EINTR {}
            let decoded = try? JSONDecoder().decode([RenderReport].self, from: data)
            for (position, index) in worker.share.enumerated() {
                reports[index] = decoded.flatMap { position < $0.count ? $0[position] : nil }
                    ?? RenderReport(failure: .error(at: job.location, "rendering \(editions[index].tag) stopped unexpectedly (\(describe(status)))"))
            }
        }
        // Editions no worker could be started for are produced here.
        let missing = reports.indices.filter { reports[$0] == nil }
        for (index, report) in zip(missing, produce(missing.map { editions[$0] }, job: job, resources: resources)) {
            reports[index] = report
        }
        return reports.compactMap { $0 }
    }

    /// Produces editions in this process, with a text engine of its own.
    private static func produce(_ editions: [Edition], job: EditionJob, resources: Resources) -> [RenderReport] {
        let engines = TextEngines(resources: resources)
        return editions.map { job.produce($0, engines: engines) }
    }

    /// The number of threads of this process, from `/proc/self/status`; 0 if unknown.
    private static func threadCount() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Threads:") }) else { return 0 }
        return Int(line.dropFirst("Threads:".count).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    private static func describe(_ status: Int32) -> String {
        let signal = status & 0x7f
        return signal == 0 ? "exit status \((status >> 8) & 0xff)" : "signal \(signal)"
    }
}
