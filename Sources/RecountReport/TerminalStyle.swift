import RecountCore
import RecountModel

/// ANSI styling for terminal output, or none at all.
///
/// The executable decides whether colour is on (a terminal, and no `NO_COLOR`); the renderers
/// only ask this value to wrap text.
public struct TerminalStyle: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public static let plain = TerminalStyle(enabled: false)

    public enum Color: String, Sendable {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case magenta = "35"
        case cyan = "36"
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func color(_ text: String, _ color: Color) -> String { wrap(text, color.rawValue) }

    /// Every SGR code `wrap` writes, with the reset: `TerminalText.safe` keeps these alone.
    static let codes: Set<String> = Set(["0", "1", "2"] + [Color.red, .green, .yellow, .blue, .magenta, .cyan].map(\.rawValue))

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: bold(color("error", .red))
        case .warning: bold(color("warning", .yellow))
        case .note: bold(color("note", .cyan))
        }
    }

    /// Text in the colour of a verdict; the verdict's name when no text is given.
    func verdict(_ verdict: Verdict, _ text: String? = nil) -> String {
        let text = text ?? verdict.rawValue
        return switch verdict {
        case .consistent: color(text, .green)
        case .approximate: color(text, .cyan)
        case .inconsistent: bold(color(text, .red))
        case .undetermined: color(text, .yellow)
        case .sourced: color(text, .blue)
        }
    }
}
