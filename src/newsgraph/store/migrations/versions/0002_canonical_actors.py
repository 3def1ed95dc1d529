"""Canonical actors across articles: links, merge decisions with reasons, user overrides

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('actor', schema=None) as batch_op:
        batch_op.create_index('ix_actor_country', ['country'], unique=False)
    with op.batch_alter_table('actor_group', schema=None) as batch_op:
        batch_op.create_index('ix_actor_group_host', ['host'], unique=False)
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_date', ['date'], unique=False)

    op.create_table('canonical_actor',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(), nullable=False, comment='the name shown: the first one seen'),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('merged_into', sa.Integer(), nullable=True, comment='set when a user merged this actor into another; its links moved there'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['merged_into'], ['canonical_actor.id'], name=op.f('fk_canonical_actor_merged_into_canonical_actor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_canonical_actor'))
    )
    with op.batch_alter_table('canonical_actor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canonical_actor_kind_canonical_actor_name'), ['kind', 'name'], unique=False)

    op.create_table('actor_override',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('action', sa.String(), nullable=False, comment='merge|split'),
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('other_id', sa.Integer(), nullable=True),
    sa.Column('name_key', sa.String(), nullable=True, comment='split: the name key kept apart from canonical_id'),
    sa.Column('decided_by', sa.String(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_actor.id'], name=op.f('fk_actor_override_canonical_id_canonical_actor')),
    sa.ForeignKeyConstraint(['other_id'], ['canonical_actor.id'], name=op.f('fk_actor_override_other_id_canonical_actor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_override'))
    )
    with op.batch_alter_table('actor_override', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_override_canonical_id'), ['canonical_id'], unique=False)

    op.create_table('merge_decision',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=True),
    sa.Column('actor_id', sa.String(), nullable=True),
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(), nullable=False, comment='linked|new|rejected|merged|split'),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_actor.id'], name=op.f('fk_merge_decision_canonical_id_canonical_actor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_decision'))
    )
    with op.batch_alter_table('merge_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_decision_canonical_id'), ['canonical_id'], unique=False)

    op.create_table('actor_link',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('actor_id', sa.String(), nullable=False),
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('block', sa.String(), nullable=False),
    sa.Column('decided_by', sa.String(), nullable=False, comment='resolver|user'),
    sa.ForeignKeyConstraint(['article_id', 'actor_id'], ['actor.article_id', 'actor.id'], name=op.f('fk_actor_link_article_id_actor_id_actor'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_actor.id'], name=op.f('fk_actor_link_canonical_id_canonical_actor')),
    sa.PrimaryKeyConstraint('article_id', 'actor_id', name=op.f('pk_actor_link'))
    )
    with op.batch_alter_table('actor_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_link_block'), ['block'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_link_canonical_id'), ['canonical_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_link_name_key'), ['name_key'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('actor_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_link_name_key'))
        batch_op.drop_index(batch_op.f('ix_actor_link_canonical_id'))
        batch_op.drop_index(batch_op.f('ix_actor_link_block'))

    op.drop_table('actor_link')
    with op.batch_alter_table('merge_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_decision_canonical_id'))

    op.drop_table('merge_decision')
    with op.batch_alter_table('actor_override', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_override_canonical_id'))

    op.drop_table('actor_override')
    with op.batch_alter_table('canonical_actor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canonical_actor_kind_canonical_actor_name'))

    op.drop_table('canonical_actor')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_date')
    with op.batch_alter_table('actor_group', schema=None) as batch_op:
        batch_op.drop_index('ix_actor_group_host')
    with op.batch_alter_table('actor', schema=None) as batch_op:
        batch_op.drop_index('ix_actor_country')
