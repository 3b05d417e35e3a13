/// `x` with exactly `decimals` digits after the point, trailing zeros kept, since a figure's
/// printed precision is part of what it states: "12.0" is ±0.05, "12" is ±0.5.
func printed(_ x: Double, decimals: Int) -> String {
    var scale: Int64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int64((abs(x) * Double(scale)).rounded())
    let sign = x < 0 && scaled != 0 ? "-" : ""
    guard decimals > 0 else { return sign + String(scaled) }
    var fraction = String(scaled % scale)
    fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
    return sign + String(scaled / scale) + "." + fraction
}
