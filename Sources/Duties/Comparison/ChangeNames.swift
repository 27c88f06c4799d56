extension ObligationChange.Kind: NamedByRawValue {}
extension ChangeOrder: NamedByRawValue {}
