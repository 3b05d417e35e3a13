extension Archive {
    /// What every tool should find in the written archive, one `key value` a line, for peers.sh
    /// and the tests to read.
    func manifest(firstWrongJournalLine: Int?) -> String {
        let lines: [(String, String)] = [
            ("seed", String(seed)),
            ("facts", String(factCount)),
            ("entities", String(entities.count)),
            ("claims", String(claimCount)),
            ("inconsistent-claims", String(wrongCount)),
            ("balance-assertions", String(claimCount)),
            ("failing-assertions", String(wrongCount)),
            ("hledger-first-failing-line", firstWrongJournalLine.map(String.init) ?? "none"),
        ]
        return lines.map { "\($0.0) \($0.1)\n" }.joined()
    }

    /// Everything `RecountBenchmarks write archive` writes, with paths under the project root.
    var projectFiles: [InputFile] {
        let journal = self.journal(failing: true)
        return recountFiles.map { file in
            InputFile(path: (file.path.hasSuffix(".ledger") ? "Evidence/" : "Claims/") + file.path, text: file.text)
        } + [
            InputFile(path: "Peers/archive.journal", text: journal.text),
            InputFile(path: "Peers/archive-passing.journal", text: self.journal(failing: false).text),
            InputFile(path: "Peers/archive.beancount", text: beancount),
            InputFile(path: "manifest.txt", text: manifest(firstWrongJournalLine: journal.firstWrongLine)),
        ]
    }
}
