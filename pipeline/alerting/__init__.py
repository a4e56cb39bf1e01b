"""Alerts: rules that pick events people want to watch, and the log they are written to."""
