"""BackTimer's own exercise illustrations: a side-view figure moving between key poses.

``skeleton`` (pose, forward kinematics), ``figures`` and ``poses`` (what each exercise
shows) are free of Qt; ``render`` and ``props`` draw with QPainter; ``pictures`` stores a
person's own picture for a custom exercise.
"""
