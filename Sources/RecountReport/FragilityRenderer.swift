import RecountEngine

/// Renders the `--fragile` section of `recount check`: each claim whose verdict one input's last
/// digit can flip, with every input and direction that flips it.
public struct FragilityRenderer {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func render(_ fragility: Fragility) -> String {
        var out = "\n" + style.bold("fragile claims") + " "
            + style.dim("(each of \(fragility.inputs) input figures moved by one unit of its last significant digit, "
                        + "up and down: \(fragility.runs) engine runs)") + "\n"
        var current: String?
        for flip in fragility.flips {
            if flip.claim.id != current {
                current = flip.claim.id
                out += "\(style.verdict(flip.before, CheckRenderer.mark(flip.before))) \(style.bold(flip.claim.id))  "
                    + "\(style.verdict(flip.before))  " + style.dim(flip.claim.range.description) + "\n"
            }
            let input = flip.input
            let origin: String
            switch input.kind {
            case .fact: origin = "ledger \(input.label)"
            case .claim(let id): origin = "claim \(id)"
            case .reading(let claim, let reading): origin = "claim \(claim), reading \(reading)"
            }
            out += "    \(style.dim("becomes  ")) \(style.verdict(flip.after)) when \(origin)'s \(input.text) is "
                + "\(flip.moved)  " + style.dim(input.range.description) + "\n"
        }
        let count = fragility.claims.count
        out += "\n" + (count == 0 ? "no fragile claims" : count == 1 ? "1 fragile claim" : "\(count) fragile claims") + "\n"
        return out
    }
}
