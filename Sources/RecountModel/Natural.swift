/// A natural number of any size, with just the operations that exact comparisons between a
/// printed decimal and a `Double` need: multiplying by small numbers, shifting, adding or
/// subtracting a small number, comparing and printing.
///
/// A printed figure can have more digits than any machine integer holds, and deciding whether
/// a decimal bound is exactly a double takes its exact value, so this cannot be a `UInt64`.
package struct Natural: Sendable, Hashable, Comparable {
    /// Base-2^32 digits, least significant first, with no zero at the end (zero has none).
    private var limbs: [UInt32]

    package init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    /// The number an ASCII decimal digit string spells, or nil when it holds anything else.
    package init?(decimal text: some StringProtocol) {
        limbs = []
        var chunk: UInt32 = 0
        var chunkDigits = 0
        for byte in text.utf8 {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            chunk = chunk * 10 + UInt32(byte - 0x30)
            chunkDigits += 1
            // Nine digits at a time keep every step within 32 bits.
            if chunkDigits == 9 {
                multiply(by: 1_000_000_000)
                add(chunk)
                chunk = 0
                chunkDigits = 0
            }
        }
        if chunkDigits > 0 {
            var scale: UInt32 = 1
            for _ in 0..<chunkDigits { scale *= 10 }
            multiply(by: scale)
            add(chunk)
        }
    }

    package var isZero: Bool { limbs.isEmpty }

    /// The number as a `UInt64`, when it fits.
    package var uint64: UInt64? {
        switch limbs.count {
        case 0: 0
        case 1: UInt64(limbs[0])
        case 2: UInt64(limbs[0]) | UInt64(limbs[1]) << 32
        default: nil
        }
    }

    private mutating func trim() {
        while limbs.last == 0 { limbs.removeLast() }
    }

    package mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
        trim()
    }

    /// Multiplies by a number of up to 64 bits, as two 32-bit steps.
    package mutating func multiply(byWide factor: UInt64) {
        if factor <= UInt64(UInt32.max) {
            multiply(by: UInt32(factor))
            return
        }
        var high = self
        high.multiply(by: UInt32(truncatingIfNeeded: factor >> 32))
        high.shiftLeft(32)
        multiply(by: UInt32(truncatingIfNeeded: factor))
        add(high)
    }

    /// Multiplies by `base^exponent`, in steps that stay within 32 bits.
    package mutating func multiply(byPowerOf base: UInt32, _ exponent: Int) {
        guard exponent > 0, !isZero else { return }
        var step: UInt32 = 1
        var stepExponent = 0
        while UInt64(step) * UInt64(base) <= UInt64(UInt32.max) {
            step *= base
            stepExponent += 1
        }
        var remaining = exponent
        while remaining >= stepExponent {
            multiply(by: step)
            remaining -= stepExponent
        }
        var rest: UInt32 = 1
        for _ in 0..<remaining { rest *= base }
        multiply(by: rest)
    }

    package mutating func shiftLeft(_ bits: Int) {
        guard bits > 0, !isZero else { return }
        let whole = bits / 32
        let part = UInt32(bits % 32)
        if part > 0 {
            var carry: UInt32 = 0
            for i in limbs.indices {
                let shifted = limbs[i]
                limbs[i] = (shifted << part) | carry
                carry = shifted >> (32 - part)
            }
            if carry > 0 { limbs.append(carry) }
        }
        limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0)
    }

    package mutating func add(_ small: UInt32) {
        var carry = UInt64(small)
        var i = 0
        while carry > 0 {
            if i == limbs.count { limbs.append(0) }
            let sum = UInt64(limbs[i]) + carry
            limbs[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
            i += 1
        }
    }

    package mutating func add(_ other: Natural) {
        var carry: UInt64 = 0
        for i in 0..<max(limbs.count, other.limbs.count) {
            if i == limbs.count { limbs.append(0) }
            let sum = UInt64(limbs[i]) + UInt64(i < other.limbs.count ? other.limbs[i] : 0) + carry
            limbs[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
    }

    /// Subtracts a small number; the caller makes sure the result is not negative.
    package mutating func subtract(_ small: UInt32) {
        var borrow = UInt64(small)
        var i = 0
        while borrow > 0 && i < limbs.count {
            let current = UInt64(limbs[i])
            if current >= borrow {
                limbs[i] = UInt32(current - borrow)
                borrow = 0
            } else {
                limbs[i] = UInt32((current + (1 << 32)) - borrow)
                borrow = 1
            }
            i += 1
        }
        trim()
    }

    /// Subtracts a number no larger than this one; the caller makes sure of that.
    package mutating func subtract(_ other: Natural) {
        var borrow: Int64 = 0
        for i in limbs.indices {
            var current = Int64(limbs[i]) - borrow - Int64(i < other.limbs.count ? other.limbs[i] : 0)
            borrow = 0
            if current < 0 {
                current += 1 << 32
                borrow = 1
            }
            limbs[i] = UInt32(current)
        }
        trim()
    }

    /// Divides by a small number in place and returns the remainder.
    private mutating func divide(by divisor: UInt32) -> UInt32 {
        var remainder: UInt64 = 0
        for i in limbs.indices.reversed() {
            let current = (remainder << 32) | UInt64(limbs[i])
            limbs[i] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        trim()
        return UInt32(remainder)
    }

    /// The number in decimal digits.
    package var decimalText: String {
        guard !isZero else { return "0" }
        var rest = self
        var chunks: [UInt32] = []
        while !rest.isZero { chunks.append(rest.divide(by: 1_000_000_000)) }
        var text = String(chunks.removeLast())
        for chunk in chunks.reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }

    package static func < (a: Natural, b: Natural) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in a.limbs.indices.reversed() where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i]
        }
        return false
    }
}
