"""What events/ tells the apps above it (xapi/)."""

from django.dispatch import Signal

# Attendance was marked: event, registrations (each with attended True or False), whoever marked it.
attendance_marked = Signal()
