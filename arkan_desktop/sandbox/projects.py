"""Projects (published under "Projects"), kept minimal: id, name, code, client, status.

Customer invoices may name a project (`projectId`); revenue by project adds up the
ledger's revenue lines of those invoices. Work items and sprints are not served.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

router = APIRouter(prefix="/projects", tags=["projects"])


class ProjectCreate(Payload):
    name: str = Field(min_length=1, max_length=200)
    code: str = Field(min_length=1, max_length=20, pattern=r"^[0-9A-Za-z][0-9A-Za-z.\-_/]*$")
    clientId: str | None = Field(default=None, max_length=64)
    status: Literal["active", "on_hold", "closed"] = "active"
    description: str | None = Field(default=None, max_length=2000)


def create_project(
    uow: UnitOfWork, data: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    """A project with a code unique in the company, for a client of the company (or none)."""
    code = str(data["code"]).upper()
    if uow.find_one("project", code=code):
        raise ApiError(
            409,
            f"A project with code {code} already exists",
            [{"field": "code", "message": "is already used"}],
        )
    client = None
    if data.get("clientId"):
        client_id = str(data["clientId"])
        client = uow.get("client", client_id) if _is_uuid(client_id) else None
        if client is None:
            raise ApiError.field("clientId", "is not a client of this company")
    record = {
        "name": data["name"],
        "code": code,
        "clientId": client["id"] if client else None,
        "clientName": client["name"] if client else "",
        "status": data.get("status") or "active",
        "description": data.get("description") or "",
    }
    return uow.add("project", record, created_at=created_at)


def tag_project(uow: UnitOfWork, invoice: dict[str, Any], project_id: str | None) -> None:
    """Put a customer invoice on a project (None takes it off); 400 if it cannot be."""
    if not project_id:
        invoice["projectId"], invoice["projectName"] = None, ""
        return
    project = uow.get("project", project_id) if _is_uuid(project_id) else None
    if project is None:
        raise ApiError.field("projectId", "is not a project of this company")
    if invoice["type"] not in ("out_invoice", "out_refund"):
        raise ApiError.field("projectId", "only customer invoices are billed to projects")
    if project["clientId"] and project["clientId"] != invoice["partnerId"]:
        raise ApiError.field(
            "projectId",
            f"project {project['code']} is for {project['clientName']}, "
            f"not for {invoice['partnerName']}",
        )
    invoice["projectId"], invoice["projectName"] = project["id"], project["name"]


@router.get("", summary="List projects")
def list_projects(request: Request, ctx: Ctx = Depends(company_ctx("projects.read"))) -> Response:
    return list_kind(ctx, request, "project")


@router.post("", status_code=201, summary="Create a project")
def new_project(body: ProjectCreate, ctx: Ctx = Depends(company_ctx("projects.write"))) -> Response:
    return ctx.write(lambda uow: create_project(uow, body.model_dump()), 201)


@router.get("/{project_id}", summary="Get project details")
def get_project(
    project_id: str, ctx: Ctx = Depends(company_ctx("projects.read"))
) -> dict[str, Any]:
    return get_record(ctx, "project", project_id, "Project")
