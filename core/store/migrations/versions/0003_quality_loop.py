"""quality loop: turn records, knowledge gaps, KB versions, reviews

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-04 17:42:32.885447
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('kb_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotel_id', sa.String(length=64), nullable=False),
    sa.Column('entry_id', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('entry', sa.JSON(), nullable=True),
    sa.Column('author', sa.String(length=254), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('kb_versions', schema=None) as batch_op:
        batch_op.create_index('ix_kb_versions_hotel_entry', ['hotel_id', 'entry_id', 'id'], unique=False)

    op.create_table('knowledge_gaps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotel_id', sa.String(length=64), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('nearest', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('entry_id', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('knowledge_gaps', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_gaps_hotel_status', ['hotel_id', 'status', 'created_at'], unique=False)

    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotel_id', sa.String(length=64), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('verdict', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=254), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('message_id')
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_hotel_id'), ['hotel_id'], unique=False)

    op.create_table('turn_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotel_id', sa.String(length=64), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('brain', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('voice', sa.Boolean(), nullable=False),
    sa.Column('cost_usd', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('turn_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_turn_records_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_index('ix_turn_records_hotel_created', ['hotel_id', 'created_at'], unique=False)

    op.create_table('turn_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('turn_id', sa.Integer(), nullable=False),
    sa.Column('hotel_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['turn_id'], ['turn_records.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('turn_items', schema=None) as batch_op:
        batch_op.create_index('ix_turn_items_hotel_created', ['hotel_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_turn_items_turn_id'), ['turn_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('turn_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_turn_items_turn_id'))
        batch_op.drop_index('ix_turn_items_hotel_created')

    op.drop_table('turn_items')
    with op.batch_alter_table('turn_records', schema=None) as batch_op:
        batch_op.drop_index('ix_turn_records_hotel_created')
        batch_op.drop_index(batch_op.f('ix_turn_records_conversation_id'))

    op.drop_table('turn_records')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_hotel_id'))

    op.drop_table('reviews')
    with op.batch_alter_table('knowledge_gaps', schema=None) as batch_op:
        batch_op.drop_index('ix_knowledge_gaps_hotel_status')

    op.drop_table('knowledge_gaps')
    with op.batch_alter_table('kb_versions', schema=None) as batch_op:
        batch_op.drop_index('ix_kb_versions_hotel_entry')

    op.drop_table('kb_versions')

