"""Work that spans several domains, one module per flow (each domain package stays self-contained).

- `evaluation`: a guard decision, with the facts policies need from actions, signals and the network.
- `recording`: creating an action (signature, guard, store) and deleting actions with their records.
- `lineage`: one decision's story (its action, assumptions, loops, parents, children, related actions).
"""
