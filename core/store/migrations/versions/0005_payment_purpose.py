"""payments.purpose: a deposit, or a fee a guest accepted (early check-in offered by a journey)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 18:05:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purpose', sa.String(length=24), server_default='deposit', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_column('purpose')
