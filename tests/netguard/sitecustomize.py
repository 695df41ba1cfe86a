"""Started by Python itself in every process of the test session (this folder is first on PYTHONPATH)."""

import netguard_audit

netguard_audit.install()
