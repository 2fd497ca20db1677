"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 07:17:22.071033
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cases',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('station_uuid', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=True),
    sa.Column('item_code', sa.String(length=50), nullable=False),
    sa.Column('item_name', sa.String(length=200), nullable=False),
    sa.Column('item_version', sa.Integer(), nullable=False),
    sa.Column('applicant_kind', sa.String(length=20), nullable=False),
    sa.Column('applicant_name', sa.String(length=200), nullable=False),
    sa.Column('id_number', sa.String(length=30), nullable=False),
    sa.Column('id_rev', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('intake_date', sa.Date(), nullable=False),
    sa.Column('accepted_date', sa.Date(), nullable=True),
    sa.Column('closed_date', sa.Date(), nullable=True),
    sa.Column('supply_deadline', sa.Date(), nullable=True),
    sa.Column('supply_open', sa.Boolean(), nullable=False),
    sa.Column('supply_closed_on', sa.Date(), nullable=True),
    sa.Column('supply_missed', sa.Boolean(), nullable=False),
    sa.Column('completion_deadline', sa.Date(), nullable=True),
    sa.Column('completion_open', sa.Boolean(), nullable=False),
    sa.Column('completion_closed_on', sa.Date(), nullable=True),
    sa.Column('completion_paused', sa.Boolean(), nullable=False),
    sa.Column('completion_paused_left', sa.Integer(), nullable=True),
    sa.Column('notice_deadline', sa.Date(), nullable=True),
    sa.Column('notice_open', sa.Boolean(), nullable=False),
    sa.Column('notice_closed_on', sa.Date(), nullable=True),
    sa.Column('next_deadline', sa.Date(), nullable=True),
    sa.Column('stopped_clocks', sa.String(length=40), nullable=False),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('promise_broken', sa.Boolean(), nullable=False),
    sa.Column('missing_count', sa.Integer(), nullable=False),
    sa.Column('last_hlc', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_cases'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_applicant_name'), ['applicant_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_id_rev'), ['id_rev'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_intake_date'), ['intake_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_item_code'), ['item_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_number'), ['number'], unique=False)
        batch_op.create_index('ix_cases_open_next', ['is_open', 'next_deadline'], unique=False)
        batch_op.create_index('ix_cases_station_number', ['station_uuid', 'year', 'serial'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_status'), ['status'], unique=False)

    op.create_table('item_versions',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_item_versions')),
    sa.UniqueConstraint('code', 'version', name='uq_item_versions_code_version')
    )
    with op.batch_alter_table('item_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_versions_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_versions_is_current'), ['is_current'], unique=False)

    op.create_table('officers',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_officers')),
    sa.UniqueConstraint('username', name=op.f('uq_officers_username'))
    )
    op.create_table('receipts',
    sa.Column('peer_uuid', sa.String(length=36), nullable=False),
    sa.Column('station_uuid', sa.String(length=36), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('peer_uuid', 'station_uuid', name=op.f('pk_receipts'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('stations',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('centre_name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=50), nullable=False),
    sa.Column('window_name', sa.String(length=100), nullable=False),
    sa.Column('number_format', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.Text(), nullable=True),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('trusted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_stations'))
    )
    op.create_table('case_counters',
    sa.Column('station_uuid', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['station_uuid'], ['stations.uuid'], name=op.f('fk_case_counters_station_uuid_stations')),
    sa.PrimaryKeyConstraint('station_uuid', 'year', name=op.f('pk_case_counters'))
    )
    op.create_table('events',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_uuid', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('case_uuid', sa.String(length=36), nullable=True),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['station_uuid'], ['stations.uuid'], name=op.f('fk_events_station_uuid_stations')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_events')),
    sa.UniqueConstraint('station_uuid', 'seq', name='uq_events_station_seq')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_case_order', ['case_uuid', 'hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_hlc'), ['hlc'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_hlc'))
        batch_op.drop_index('ix_events_case_order')

    op.drop_table('events')
    op.drop_table('case_counters')
    op.drop_table('stations')
    op.drop_table('settings')
    op.drop_table('receipts')
    op.drop_table('officers')
    with op.batch_alter_table('item_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_versions_is_current'))
        batch_op.drop_index(batch_op.f('ix_item_versions_code'))

    op.drop_table('item_versions')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_status'))
        batch_op.drop_index('ix_cases_station_number')
        batch_op.drop_index('ix_cases_open_next')
        batch_op.drop_index(batch_op.f('ix_cases_number'))
        batch_op.drop_index(batch_op.f('ix_cases_item_code'))
        batch_op.drop_index(batch_op.f('ix_cases_intake_date'))
        batch_op.drop_index(batch_op.f('ix_cases_id_rev'))
        batch_op.drop_index(batch_op.f('ix_cases_id_number'))
        batch_op.drop_index(batch_op.f('ix_cases_applicant_name'))

    op.drop_table('cases')
