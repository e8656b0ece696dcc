"""GET /api/documents and /api/clauses/{id}: what the corpus holds, and one clause verbatim (with
source links, never the server's file names)."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.exceptions import HTTPException

from assistant.contract import DocumentOut, SourcedClauseOut, dump, public
from bots.service import Service


def router(service: Service) -> APIRouter:
    """The corpus routes over one service."""
    routes = APIRouter()

    @routes.get(
        "/api/documents",
        response_model=list[DocumentOut],
        response_model_exclude_unset=True,
        summary="The Conclusions in the corpus",
    )
    async def documents() -> list[dict]:
        return [public(dump(DocumentOut.of(d, service.clause_counts[d.id]))) for d in service.documents]

    @routes.get(
        "/api/clauses/{clause_id:path}",
        response_model=SourcedClauseOut,
        response_model_exclude_unset=True,
        summary="One clause: its verbatim text in every language, label, deadlines",
    )
    async def clause(clause_id: str) -> dict:
        found = service.clauses.get(clause_id)
        if found is None:
            raise HTTPException(404, f"no clause {clause_id!r}; ids look like 178-KL/TW:3.3")
        return public(dump(SourcedClauseOut.of_sourced(found, service.source_url(found))))

    return routes
