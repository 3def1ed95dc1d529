"""Initial schema: articles and every document-format v1 fact

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('article',
    sa.Column('id', sa.String(length=64), nullable=False, comment='sha256 of the cleaned body, hex'),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('author', sa.String(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('published', sa.String(), nullable=True, comment='YYYY-MM-DD as the document gives it'),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('captions', sa.JSON(), nullable=False),
    sa.Column('credits', sa.JSON(), nullable=False),
    sa.Column('removed', sa.JSON(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('duplicate_of', sa.String(length=64), nullable=True, comment='the original this article is a near-duplicate (syndicated copy) of'),
    sa.Column('signature', sa.JSON(none_as_null=True), nullable=True, comment='MinHash signature of the body, for near-duplicate search'),
    sa.ForeignKeyConstraint(['duplicate_of'], ['article.id'], name=op.f('fk_article_duplicate_of_article')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article'))
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_duplicate_of'), ['duplicate_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_outlet'), ['outlet'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_published'), ['published'], unique=False)

    op.create_table('actor',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('sector', sa.String(), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_actor_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id', name=op.f('pk_actor'))
    )
    with op.batch_alter_table('actor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_name'), ['name'], unique=False)

    op.create_table('actor_group',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('host', sa.String(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=True),
    sa.Column('leader', sa.String(), nullable=True),
    sa.Column('occasion', sa.Text(), nullable=True),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_actor_group_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id', name=op.f('pk_actor_group'))
    )
    op.create_table('claim',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('by', sa.String(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_claim_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'ordinal', name=op.f('pk_claim'))
    )
    op.create_table('event',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('plover', sa.String(), nullable=False),
    sa.Column('mode', sa.String(), nullable=True),
    sa.Column('context', sa.JSON(), nullable=False),
    sa.Column('cameo', sa.String(), nullable=True),
    sa.Column('verb', sa.String(), nullable=True),
    sa.Column('date', sa.String(), nullable=True, comment='YYYY-MM-DD, or --MM-DD when the year is unknown'),
    sa.Column('date_text', sa.String(), nullable=True),
    sa.Column('location', sa.String(), nullable=True),
    sa.Column('reported_by', sa.String(), nullable=True),
    sa.Column('negated', sa.Boolean(), nullable=False),
    sa.Column('hypothetical', sa.Boolean(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_event_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_plover'), ['plover'], unique=False)

    op.create_table('position',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('holder', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('organization', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('qualifier', sa.String(), nullable=True),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_position_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'ordinal', name=op.f('pk_position'))
    )
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_title'), ['title'], unique=False)

    op.create_table('quote',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.String(), nullable=False),
    sa.Column('told', sa.String(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('direct', sa.Boolean(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_quote_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'ordinal', name=op.f('pk_quote'))
    )
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_speaker'), ['speaker'], unique=False)

    op.create_table('ranking',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('occasion', sa.Text(), nullable=True),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_ranking_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'ordinal', name=op.f('pk_ranking'))
    )
    op.create_table('relation',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('object', sa.String(), nullable=False),
    sa.Column('qualifiers', sa.JSON(), nullable=False),
    sa.Column('asserted_by', sa.String(), nullable=True),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_relation_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'ordinal', name=op.f('pk_relation'))
    )
    with op.batch_alter_table('relation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relation_type'), ['type'], unique=False)

    op.create_table('event_mention',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'event_id'], ['event.article_id', 'event.id'], name=op.f('fk_event_mention_article_id_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'event_id', 'ordinal', name=op.f('pk_event_mention'))
    )
    op.create_table('event_participant',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=6), nullable=False, comment='source|target'),
    sa.Column('participant', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'event_id'], ['event.article_id', 'event.id'], name=op.f('fk_event_participant_article_id_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'event_id', 'ordinal', name=op.f('pk_event_participant'))
    )
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participant_participant'), ['participant'], unique=False)

    op.create_table('group_body',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'group_id'], ['actor_group.article_id', 'actor_group.id'], name=op.f('fk_group_body_article_id_group_id_actor_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'group_id', 'ordinal', name=op.f('pk_group_body'))
    )
    op.create_table('group_member',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'group_id'], ['actor_group.article_id', 'actor_group.id'], name=op.f('fk_group_member_article_id_group_id_actor_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'group_id', 'ordinal', name=op.f('pk_group_member'))
    )
    op.create_table('group_mention',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'group_id'], ['actor_group.article_id', 'actor_group.id'], name=op.f('fk_group_mention_article_id_group_id_actor_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'group_id', 'ordinal', name=op.f('pk_group_mention'))
    )
    op.create_table('group_party',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'group_id'], ['actor_group.article_id', 'actor_group.id'], name=op.f('fk_group_party_article_id_group_id_actor_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'group_id', 'ordinal', name=op.f('pk_group_party'))
    )
    op.create_table('mention',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('actor_id', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'actor_id'], ['actor.article_id', 'actor.id'], name=op.f('fk_mention_article_id_actor_id_actor'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'actor_id', 'ordinal', name=op.f('pk_mention'))
    )
    op.create_table('ranking_entry',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('ranking_ordinal', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('entry', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'ranking_ordinal'], ['ranking.article_id', 'ranking.ordinal'], name=op.f('fk_ranking_entry_article_id_ranking_ordinal_ranking'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'ranking_ordinal', 'ordinal', name=op.f('pk_ranking_entry'))
    )


def downgrade() -> None:
    op.drop_table('ranking_entry')
    op.drop_table('mention')
    op.drop_table('group_party')
    op.drop_table('group_mention')
    op.drop_table('group_member')
    op.drop_table('group_body')
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participant_participant'))

    op.drop_table('event_participant')
    op.drop_table('event_mention')
    with op.batch_alter_table('relation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relation_type'))

    op.drop_table('relation')
    op.drop_table('ranking')
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_speaker'))

    op.drop_table('quote')
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_title'))

    op.drop_table('position')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_plover'))

    op.drop_table('event')
    op.drop_table('claim')
    op.drop_table('actor_group')
    with op.batch_alter_table('actor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_name'))

    op.drop_table('actor')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_published'))
        batch_op.drop_index(batch_op.f('ix_article_outlet'))
        batch_op.drop_index(batch_op.f('ix_article_duplicate_of'))

    op.drop_table('article')
