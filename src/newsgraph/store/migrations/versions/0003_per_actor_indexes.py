"""Indexes for per-actor questions: an actor's participations, memberships, posts and quotes
within an article, and a state's posts by title in any case

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_event_participant_article_participant', 'event_participant',
                    ['article_id', 'participant'], unique=False)
    op.create_index('ix_group_member_article_actor', 'group_member', ['article_id', 'actor_id'], unique=False)
    op.create_index('ix_position_article_holder', 'position', ['article_id', 'holder'], unique=False)
    op.create_index('ix_quote_article_speaker', 'quote', ['article_id', 'speaker'], unique=False)
    op.create_index('ix_position_country_title_lower', 'position', ['country', sa.text('lower(title)')], unique=False)


def downgrade() -> None:
    op.drop_index('ix_position_country_title_lower', table_name='position')
    op.drop_index('ix_quote_article_speaker', table_name='quote')
    op.drop_index('ix_position_article_holder', table_name='position')
    op.drop_index('ix_group_member_article_actor', table_name='group_member')
    op.drop_index('ix_event_participant_article_participant', table_name='event_participant')
