import RecountModel

/// A link's right-hand side as an array of nodes, children before parents, for HC4-revise.
///
/// Revising a link projects it onto every variable in turn. Done on the expression tree, each
/// projection evaluates the siblings of every node on its path again, which costs the square of
/// the link's size for one sum of many lines. On this array the forward values of all nodes are
/// computed once per revision and updated along one path when a variable narrows, and a
/// projection walks its own path only, undoing each operation on it in turn.
struct LinkTree {
    enum Node {
        case variable(position: Int)
        case constant(Measure)
        case add(Int, Int)
        case subtract(Int, Int)
        case multiply(Int, Int)
        case divide(Int, Int)
        case negate(Int)
    }

    /// Children before parents; the root is last.
    let nodes: [Node]
    /// Each node's parent, -1 for the root.
    private let parent: [Int]
    /// The leaves of each variable position of the link (position 0, the left-hand side, has none).
    let leaves: [[Int]]

    init(_ expression: LinkExpression, positions: Int) {
        var nodes: [Node] = []
        var parent: [Int] = []
        var leaves = [[Int]](repeating: [], count: positions)
        // Postorder without recursion, so that a long flat sum cannot exhaust the stack.
        enum Step {
            case visit(LinkExpression)
            case build(LinkExpression, children: Int)
        }
        var stack: [Step] = [.visit(expression)]
        var built: [Int] = []
        while let step = stack.popLast() {
            switch step {
            case .visit(let e):
                switch e {
                case .variable, .constant:
                    stack.append(.build(e, children: 0))
                case .negate(let a):
                    stack.append(.build(e, children: 1))
                    stack.append(.visit(a))
                case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
                    stack.append(.build(e, children: 2))
                    stack.append(.visit(b))
                    stack.append(.visit(a))
                }
            case .build(let e, let count):
                let index = nodes.count
                let children = Array(built.suffix(count))
                built.removeLast(count)
                for c in children { parent[c] = index }
                let node: Node
                switch e {
                case .variable(let p):
                    node = .variable(position: p)
                    if p >= 0, p < positions { leaves[p].append(index) }
                case .constant(let m): node = .constant(m)
                case .negate: node = .negate(children[0])
                case .add: node = .add(children[0], children[1])
                case .subtract: node = .subtract(children[0], children[1])
                case .multiply: node = .multiply(children[0], children[1])
                case .divide: node = .divide(children[0], children[1])
                }
                nodes.append(node)
                parent.append(-1)
                built.append(index)
            }
        }
        self.nodes = nodes
        self.parent = parent
        self.leaves = leaves
    }

    /// The value of every node, from the values of the link's variables by position, into a
    /// buffer that each revision reuses.
    func evaluate(_ values: [Measure?], into forward: inout [Measure?]) {
        // Grown, never emptied, and overwritten in place, children before parents, so that each
        // node reads its children's new values; emptying it would destroy every element
        // generically. Only the first `nodes.count` are this link's.
        if forward.count < nodes.count { forward += [Measure?](repeating: nil, count: nodes.count - forward.count) }
        for i in nodes.indices { forward[i] = value(of: i, forward, values) }
    }

    /// The root's value in a buffer that `evaluate` filled.
    func root(_ forward: [Measure?]) -> Measure? {
        nodes.isEmpty || forward.count < nodes.count ? nil : forward[nodes.count - 1]
    }

    /// Recomputes the nodes above `leaf` after the value of its variable changed.
    func update(_ forward: inout [Measure?], leaf: Int, values: [Measure?]) {
        var i = leaf
        while i >= 0 {
            forward[i] = value(of: i, forward, values)
            i = parent[i]
        }
    }

    /// The value the variable at `leaf` must take for the root to equal `needed`, undoing each
    /// operation on the path from the root down to it (the backward step of HC4 projection).
    /// `path` is a buffer that each projection reuses.
    func project(needed: Measure, onto leaf: Int, _ forward: [Measure?], path: inout [Int]) -> Measure? {
        path.removeAll(keepingCapacity: true)
        var i = leaf
        while i >= 0 {
            path.append(i)
            i = parent[i]
        }
        var needed = needed
        for k in stride(from: path.count - 1, to: 0, by: -1) {
            let node = path[k]
            let child = path[k - 1]
            let next: Measure?
            switch nodes[node] {
            case .variable, .constant:
                return nil
            case .negate:
                needed = needed.negated()
                continue
            case .add(let a, let b):
                guard let other = forward[a == child ? b : a] else { return nil }
                next = Measure.difference(needed, other)
            case .subtract(let a, let b):
                guard let other = forward[a == child ? b : a] else { return nil }
                next = a == child ? Measure.sum(needed, other) : Measure.difference(other, needed)
            case .multiply(let a, let b):
                guard let other = forward[a == child ? b : a] else { return nil }
                next = Measure.quotient(needed, other)
            case .divide(let a, let b):
                guard let other = forward[a == child ? b : a] else { return nil }
                next = a == child ? Measure.product(needed, other) : Measure.quotient(other, needed)
            }
            guard let value = next else { return nil }
            needed = value
        }
        return needed
    }

    private func value(of i: Int, _ forward: [Measure?], _ values: [Measure?]) -> Measure? {
        func combine(_ a: Int, _ b: Int, _ op: (Measure, Measure) -> Measure?) -> Measure? {
            guard let x = forward[a], let y = forward[b] else { return nil }
            return op(x, y)
        }
        switch nodes[i] {
        // `values` may be longer than the link's positions (a reused buffer): beyond them is nil.
        case .variable(let p): return p >= 0 && p < values.count && p < leaves.count ? values[p] : nil
        case .constant(let m): return m
        case .negate(let a): return forward[a]?.negated()
        case .add(let a, let b): return combine(a, b, Measure.sum)
        case .subtract(let a, let b): return combine(a, b, Measure.difference)
        case .multiply(let a, let b): return combine(a, b, Measure.product)
        case .divide(let a, let b): return combine(a, b, Measure.quotient)
        }
    }
}
