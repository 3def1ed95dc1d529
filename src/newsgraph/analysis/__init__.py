"""The analyst's questions as plain functions over a `Store`: profiles, timelines, delegations,
protocol, coverage, search, appearances and counts."""
