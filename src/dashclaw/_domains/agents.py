"""Agent presence, external connections and schedules."""

from __future__ import annotations

import threading

from ._base import logger


class AgentsMixin:
    _heartbeat_thread = None
    _heartbeat_stop_event = None

    def heartbeat(self, status="online", current_task_id=None, metadata=None):
        """Report agent presence and health."""
        payload = {
            "agent_id": self.agent_id,
            "agent_name": self.agent_name,
            "status": status,
            "current_task_id": current_task_id,
            "metadata": metadata,
        }
        return self._post("/api/agents/heartbeat", payload)

    def start_heartbeat(self, interval=60, **kwargs):
        """Send ``heartbeat(**kwargs)`` every ``interval`` seconds from a daemon thread (no-op if running)."""
        if self._heartbeat_thread is not None and self._heartbeat_thread.is_alive():
            return
        stop_event = threading.Event()

        def beat():
            while not stop_event.is_set():
                try:
                    self.heartbeat(**kwargs)
                except Exception as exc:  # presence is best effort; the loop must survive outages
                    logger.debug("dashclaw: heartbeat failed: %s", exc)
                stop_event.wait(interval)

        self._heartbeat_stop_event = stop_event
        self._heartbeat_thread = threading.Thread(target=beat, name="dashclaw-heartbeat", daemon=True)
        self._heartbeat_thread.start()

    def stop_heartbeat(self):
        """Stop the automatic heartbeat thread, waiting at most a second for a beat in flight to finish."""
        if self._heartbeat_stop_event is None:
            return
        self._heartbeat_stop_event.set()
        thread = self._heartbeat_thread
        if thread is not None and thread is not threading.current_thread():  # a beat may stop its own loop
            thread.join(timeout=1)
        self._heartbeat_thread = None

    def report_connections(self, connections):
        """Report external service connections; accepts camelCase ``authType``/``planName`` too."""
        formatted = [
            {
                "provider": c.get("provider"),
                "auth_type": c.get("authType") or c.get("auth_type", "api_key"),
                "plan_name": c.get("planName") or c.get("plan_name"),
                "status": c.get("status", "active"),
                "metadata": c.get("metadata"),
            }
            for c in connections
        ]
        return self._post("/api/agents/connections", {"agent_id": self.agent_id, "connections": formatted})

    # Documented in the 2.10.0 docs but missing from its client; the server routes exist.

    def list_agent_schedules(self, agent_id=None):
        """List agent schedules, optionally for one agent."""
        return self._get("/api/agent-schedules", {"agent_id": agent_id})

    def create_agent_schedule(self, agent_id, name, cron_expression, **kwargs):
        """Create a cron schedule for an agent. Optional: description, enabled."""
        payload = {"agent_id": agent_id, "name": name, "cron_expression": cron_expression, **kwargs}
        return self._post("/api/agent-schedules", payload)
