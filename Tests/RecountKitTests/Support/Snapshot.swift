import Foundation
import RecountCore
import Testing

/// Compares `actual` with the snapshot `__Snapshots__/<name>.txt` stored beside the tests.
///
/// The folder is found from `filePath`: the nearest enclosing `RecountKitTests` folder of the
/// calling test file, or the caller's own folder when there is none; `folder` overrides it. Set
/// the environment variable `RECOUNT_RECORD_SNAPSHOTS=1` to write the snapshot instead of
/// comparing. Recording still fails the test, with an issue naming the file, so that a recorded
/// snapshot is never taken for a passing one: inspect the file, then run again without the variable.
func assertSnapshot(
    _ actual: String,
    named name: String,
    in folder: URL? = nil,
    recording: Bool = Snapshot.isRecording,
    filePath: StaticString = #filePath,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let url = folder?.appendingPathComponent("\(name).txt") ?? Snapshot.url(named: name, filePath: "\(filePath)")
    switch Snapshot.compare(actual, named: name, at: url, recording: recording) {
    case .matched:
        break
    case .recorded:
        Issue.record(Comment(rawValue: """
            recorded snapshot '\(name)' at \(url.path); inspect it, then run again without \
            RECOUNT_RECORD_SNAPSHOTS=1 to compare against it
            """), sourceLocation: sourceLocation)
    case .failed(let message):
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}

enum Snapshot {
    enum Outcome: Equatable {
        case matched
        /// `actual` was written to the file; `assertSnapshot` still fails the test.
        case recorded
        /// The snapshot is missing, unreadable or different; the message says which and how.
        case failed(String)
    }

    /// Compares `actual` with the file at `url`, or writes it there when `recording`.
    static func compare(_ actual: String, named name: String, at url: URL, recording: Bool) -> Outcome {
        if recording {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                return .recorded
            } catch {
                return .failed("could not record snapshot '\(name)' at \(url.path): \(error)")
            }
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failed("""
                no snapshot '\(name)' at \(url.path).
                Record it with: RECOUNT_RECORD_SNAPSHOTS=1 swift test --filter <suite>, then inspect the file.
                """)
        }
        guard let expected = String(data: data, encoding: .utf8) else {
            return .failed("snapshot '\(name)' at \(url.path) is not valid UTF-8")
        }
        if expected == actual { return .matched }
        return .failed("""
            snapshot '\(name)' does not match \(url.path) (- expected, + actual):
            \(diff(expected: expected, actual: actual))
            Re-record with RECOUNT_RECORD_SNAPSHOTS=1 if the change is intended.
            """)
    }

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECOUNT_RECORD_SNAPSHOTS"] == "1"
    }

    static func url(named name: String, filePath: String) -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        var candidate = folder
        while candidate.pathComponents.count > 1 {
            if candidate.lastPathComponent == "RecountKitTests" {
                folder = candidate
                break
            }
            candidate = candidate.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("__Snapshots__").appendingPathComponent("\(name).txt")
    }

    /// A line diff of two texts: unchanged lines are left out, removed lines are prefixed `-`
    /// with their line number in `expected`, added lines `+` with their line number in `actual`.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence table, from the end.
        var lcs = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        let width = String(max(old.count, new.count)).count
        func number(_ n: Int) -> String {
            let s = String(n)
            return String(repeating: " ", count: width - s.count) + s
        }
        var lines: [String] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                lines.append("-\(number(i + 1)) | \(visible(old[i]))")
                i += 1
            } else {
                lines.append("+\(number(j + 1)) | \(visible(new[j]))")
                j += 1
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Shows trailing spaces and carriage returns, which a diff would otherwise hide.
    private static func visible(_ line: String) -> String {
        var shown = line.replacingOccurrences(of: "\r", with: "\\r")
        var trailing = 0
        while shown.hasSuffix(" ") {
            shown.removeLast()
            trailing += 1
        }
        return shown + String(repeating: "·", count: trailing)
    }
}
