/// A finding about the input: what went wrong, where, and how to fix it.
///
/// Diagnostics are plain values. Every stage collects them and carries on, so one run reports
/// every problem. Rendering them (terminal, JSON, CI annotations) is the `Report` layer's job.
public struct Diagnostic: Sendable, Hashable {
    /// What was found; it determines the code, the message, the severity and the hint.
    public var kind: DiagnosticKind
    /// Where it was found. `nil` only for problems with no file, such as a missing path argument.
    public var range: SourceRange?

    public init(_ kind: DiagnosticKind, at range: SourceRange?) {
        self.kind = kind
        self.range = range
    }

    public var severity: Severity { kind.severity }
    public var code: String { kind.code }
    public var message: String { kind.message }
    public var hint: String? { kind.hint }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Comparable {
    /// The input cannot be loaded as written; commands exit with status 2.
    case error
    /// The input loads, but something is probably wrong.
    case warning
    /// Extra information attached to a result.
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error, which makes the input unloadable.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in file, line and column order, stable for equal positions.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.range, b.element.range) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
