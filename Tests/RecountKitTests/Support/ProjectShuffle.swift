/// One random reordering of a project: its files, and the declarations within each file, so
/// also its facts and its claims.
///
/// The resolver declares the entities, sources and articles of every file before it reads any
/// fact, claim or metric, and no fact or claim needs a metric to be resolved, so nothing has to
/// be declared before use and every block may move. A claim belongs to its file's article
/// whatever its place, so even the `article` block could move; it stays at the top of its
/// file, where a reader of the shuffled files looks for it.
enum ProjectShuffle {
    /// The project with its files, and each file's declarations after its `article`, in a
    /// random order.
    static func shuffled(_ project: ProjectFiles, using generator: inout some RandomNumberGenerator) -> ProjectFiles {
        let files = project.files.map { file in
            var shuffled = file
            shuffled.text = shuffledText(file.text, using: &generator)
            return shuffled
        }
        return ProjectFiles(files: files.shuffled(using: &generator))
    }

    private static func shuffledText(_ text: String, using generator: inout some RandomNumberGenerator) -> String {
        let blocks = DeclarationBlocks(text).blocks
        let articles = blocks.filter { DeclarationBlocks.keyword(of: $0) == "article" }
        let rest = blocks.filter { DeclarationBlocks.keyword(of: $0) != "article" }.shuffled(using: &generator)
        return DeclarationBlocks(blocks: articles + rest).text
    }
}
