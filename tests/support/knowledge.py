"""Knowledge collections for tests: a notes collection, synced."""
from __future__ import annotations


def synced_notes(claw, notes: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A notes collection holding `notes` (name -> text), synced; returns its id and the item id of each note."""
    collection_id = claw.create_knowledge_collection(name="Notes", source_type="notes")["collection"]["collection_id"]
    ids = {name: claw.add_knowledge_collection_item(collection_id, source_uri=f"note://{name}", title=name,
                                                    content=text)["item"]["item_id"] for name, text in notes.items()}
    claw.sync_knowledge_collection(collection_id)
    synced = claw.wait_for_knowledge_sync(collection_id, timeout=30, interval=0.2)
    assert (synced["ingestion_status"], synced["doc_count"]) == ("ready", len(notes))
    return collection_id, ids
