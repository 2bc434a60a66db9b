"""Framework integrations. Import a module (e.g. ``dashclaw.integrations.langchain``) directly:
each one loads its framework only when it is installed.
"""
