"""journey steps and holds (opt-outs, staff pauses); messages.template

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 17:24:42.198985
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('journey_holds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotel_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('identity', sa.String(length=128), nullable=True),
    sa.Column('reservation', sa.String(length=64), nullable=True),
    sa.Column('channel', sa.String(length=32), nullable=True),
    sa.Column('words', sa.Text(), nullable=True),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('lifted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lifted_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('journey_holds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journey_holds_hotel_id'), ['hotel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_journey_holds_identity'), ['identity'], unique=False)
        batch_op.create_index(batch_op.f('ix_journey_holds_reservation'), ['reservation'], unique=False)

    op.create_table('journey_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotel_id', sa.String(length=64), nullable=False),
    sa.Column('reservation', sa.String(length=64), nullable=False),
    sa.Column('step', sa.String(length=64), nullable=False),
    sa.Column('guest_name', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('room', sa.String(length=16), nullable=True),
    sa.Column('arrival', sa.Date(), nullable=False),
    sa.Column('departure', sa.Date(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('planned_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('channel', sa.String(length=32), nullable=True),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('offer', sa.String(length=24), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('hotel_id', 'reservation', 'step')
    )
    with op.batch_alter_table('journey_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journey_steps_hotel_id'), ['hotel_id'], unique=False)
        batch_op.create_index('ix_journey_steps_status_due', ['status', 'due_at'], unique=False)

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('template', sa.JSON(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('template')

    with op.batch_alter_table('journey_steps', schema=None) as batch_op:
        batch_op.drop_index('ix_journey_steps_status_due')
        batch_op.drop_index(batch_op.f('ix_journey_steps_hotel_id'))

    op.drop_table('journey_steps')
    with op.batch_alter_table('journey_holds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journey_holds_reservation'))
        batch_op.drop_index(batch_op.f('ix_journey_holds_identity'))
        batch_op.drop_index(batch_op.f('ix_journey_holds_hotel_id'))

    op.drop_table('journey_holds')
