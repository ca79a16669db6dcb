"""The player page: view (layout), controller (decisions), countdown, queue, pain check-in."""
