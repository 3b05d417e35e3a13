// Benchmarks for Recount: they measure and print figures, and assert nothing.
//
//   swift run -c release RecountBenchmarks [entities]
//
// Builds a synthetic claims file in memory: per entity, twelve quarters of revenue and four of
// cost in the ledger, profit declared as revenue minus cost, and ten claims (growth, monthly run
// rates, a comparison, a profit, yearly sums; about one in ten wrong), then times each stage
// of a check: lexing and parsing, resolving, and the engine (relations, propagation,
// conflicts, verdicts). With the default of 1,000 entities this is 10,000 claims over some
// 30,000 relation links.

import Foundation
import RecountCore
import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax

let entities = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1000

/// A deterministic generator, so that every run measures the same input.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

func synthetic(entities: Int) -> String {
    var random = SplitMix64(state: 2026)
    var text = "article bench \"Synthetic article\"\n\nsource s \"Synthetic filings\"\n  grade primary\n\n"
    let quarters = (2023...2025).flatMap { y in (1...4).map { q in (y, q) } }
    for e in 0..<entities {
        let id = "e\(e)"
        text += "entity \(id) \"Entity \(e)\"\n  fiscal-year-end 06-30\n\n"
        text += "metric \(id).profit \"Revenue less cost\"\n  equals \(id).rev - \(id).cost\n  relation difference\n\n"
        var revenue: [Double] = []
        var cost: [Double] = []
        var value = 100 + random.unit() * 900
        for (y, q) in quarters {
            value *= 1 + (random.unit() - 0.3) * 0.2
            revenue.append((value * 10).rounded() / 10)
            cost.append((value * (0.5 + random.unit() * 0.4) * 10).rounded() / 10)
            text += "fact \(id).rev @ FY\(y)Q\(q) = $\(revenue.last ?? 0)M\n  source s\n"
            if y == 2025 { text += "fact \(id).cost @ FY\(y)Q\(q) = $\(cost.last ?? 0)M\n  source s\n" }
        }
        var c = 0
        func claim(_ body: String) {
            text += "claim \(id)-c\(c)\n\(body)\n"
            c += 1
        }
        for k in 4..<8 {
            var growth = (revenue[k] / revenue[k - 4] - 1) * 100
            if random.unit() < 0.1 { growth *= 10 }
            let (y, q) = quarters[k]
            claim("  states \(id).rev.yoy @ FY\(y)Q\(q) = \((growth * 10).rounded() / 10)%")
        }
        for k in 8..<10 {
            let (y, q) = quarters[k]
            let monthly = (revenue[k] / 3 * 100).rounded() / 100
            claim("  states about $\(monthly)M/month\n  because \(id).rev @ FY\(y)Q\(q)")
        }
        let (y1, q1) = quarters[10]
        let (y0, q0) = quarters[9]
        claim("  holds \(id).rev @ FY\(y1)Q\(q1) > \(id).rev @ FY\(y0)Q\(q0)")
        let (y2, q2) = quarters[11]
        claim("  states \(id).profit @ FY\(y2)Q\(q2) = $\(((revenue[11] - cost[11]) * 10).rounded() / 10)M")
        for y in [2024, 2025] {
            let sum = revenue[(y - 2023) * 4..<(y - 2023) * 4 + 4].reduce(0, +)
            claim("  states \(id).rev @ FY\(y) = $\((sum * 10).rounded() / 10)M")
        }
        text += "\n"
    }
    return text
}

func time<T>(_ body: () -> T) -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

let (text, generate) = time { synthetic(entities: entities) }
let file = SourceFile(path: "bench.claims", text: text)
let ((document, parseDiagnostics), parse) = time { Parser.parse(file) }
let ((project, resolveDiagnostics), resolve) = time { Resolver.resolve([document]) }
let (analysis, engine) = time { Engine.analyze(project) }

func seconds(_ s: Double) -> String { NumberFormat.fixed(s, decimals: 3) + " s" }
let megabytes = NumberFormat.fixed(Double(text.utf8.count) / 1_048_576, decimals: 1)
print("input      \(megabytes) MB, \(project.facts.count) facts, \(project.claims.count) claims (generated in \(seconds(generate)))")
print("parse      \(seconds(parse))  (\(parseDiagnostics.count) diagnostics)")
print("resolve    \(seconds(resolve))  (\(resolveDiagnostics.count) diagnostics)")
print("engine     \(seconds(engine))  (\(analysis.linkCount) relation links, \(analysis.valueCount) values, \(analysis.conflicts.count) conflicts)")
let counts = Verdict.allCases.map { v in "\(analysis.results.filter { $0.verdict == v }.count) \(v.rawValue)" }
print("verdicts   " + counts.joined(separator: ", "))
print("total      \(seconds(parse + resolve + engine))")
