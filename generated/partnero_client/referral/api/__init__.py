"""Operations of this program view, one package per resource."""
