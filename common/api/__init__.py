"""The partner REST API (/api/v1/): shared plumbing for the apps' read-only viewsets.

Each app owns its serializers, filters and viewsets (``<app>/api.py``); this package
holds what they share (pagination, throttles, CSV, conditional requests, the data
package) and the URL configuration that mounts them. Fields published under v1 are
a public contract: add fields, never rename or remove them.
"""
