nodes --type gene --cell macrophage
