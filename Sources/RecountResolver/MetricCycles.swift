import RecountCore
import RecountModel

/// Finds metric definitions that refer back to themselves, directly (`c equals c * 2`) or
/// through other metrics (`a equals b`, `b equals a + 1`).
///
/// Each metric has at most one definition, so definitions without a cycle can always be met
/// together: the metrics they do not define may take any value. A cycle is the only way
/// definitions can contradict each other, and even one that is consistent (`a equals b`,
/// `b equals a`) defines nothing, so every cycle is reported.
enum MetricCycles {
    /// A group of metrics whose definitions reach each other.
    struct Cycle: Equatable {
        /// The metric names along one cycle, from the group's first metric in declaration order
        /// back to it: `[a, b, a]`, or `[c, c]` for a definition that names its own metric.
        var path: [String]
        /// Every metric of the group, in declaration order.
        var members: [String]
    }

    /// One cycle per strongly connected group of definitions, in the order of each group's
    /// first metric in `order`.
    static func find(_ metrics: [String: Metric], order: [String]) -> [Cycle] {
        var edges: [String: [String]] = [:]
        for name in order {
            guard let definition = metrics[name]?.definition else { continue }
            edges[name] = definition.quantities.map(\.quantity.name).filter { metrics[$0]?.definition != nil }.uniqued()
        }
        let groups = components(order.filter { edges[$0] != nil }, edges)
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return groups.compactMap { group -> Cycle? in
            let members = group.sorted { (position[$0] ?? 0) < (position[$1] ?? 0) }
            guard let start = members.first, members.count > 1 || edges[start]?.contains(start) == true else {
                return nil
            }
            return Cycle(path: path(from: start, within: Set(group), edges), members: members)
        }.sorted { (position[$0.members[0]] ?? 0) < (position[$1.members[0]] ?? 0) }
    }

    /// Tarjan's strongly connected components, iteratively, so that a long chain of
    /// definitions cannot exhaust the stack.
    private static func components(_ nodes: [String], _ edges: [String: [String]]) -> [[String]] {
        var index: [String: Int] = [:]
        var low: [String: Int] = [:]
        var onStack = Set<String>()
        var stack: [String] = []
        var result: [[String]] = []
        var counter = 0
        for root in nodes where index[root] == nil {
            // Each frame is a node and the position of the next edge to follow from it.
            var frames: [(String, Int)] = [(root, 0)]
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack.insert(root)
            while let (node, next) = frames.last {
                let targets = edges[node] ?? []
                if next < targets.count {
                    frames[frames.count - 1].1 += 1
                    let target = targets[next]
                    if index[target] == nil {
                        index[target] = counter
                        low[target] = counter
                        counter += 1
                        stack.append(target)
                        onStack.insert(target)
                        frames.append((target, 0))
                    } else if onStack.contains(target) {
                        low[node] = min(low[node] ?? 0, index[target] ?? 0)
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.0 { low[parent] = min(low[parent] ?? 0, low[node] ?? 0) }
                guard low[node] == index[node] else { continue }
                var group: [String] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    group.append(member)
                    if member == node { break }
                }
                result.append(group)
            }
        }
        return result
    }

    /// A shortest cycle from `start` back to itself through the group, by breadth-first search.
    private static func path(from start: String, within group: Set<String>, _ edges: [String: [String]]) -> [String] {
        var previous: [String: String] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for target in edges[node] ?? [] where group.contains(target) {
                if target == start {
                    var path = [start]
                    var step = node
                    while step != start {
                        path.append(step)
                        step = previous[step] ?? start
                    }
                    return [start] + path.dropFirst().reversed() + [start]
                }
                if previous[target] == nil {
                    previous[target] = node
                    queue.append(target)
                }
            }
        }
        return [start, start]
    }
}
