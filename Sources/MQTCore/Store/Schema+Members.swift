extension Schema {
    /// Tables for member files (people, aliases, parties) that resolve speaker ids to persons.
    static let memberStatements: [String] = []
}
