with source as (
    select * from {{ source('raw', 'rejections') }}
),

renamed as (
    select
        file_sha256,
        source_file,
        reason,
        byte_size,
        rejected_at
    from source
)

select * from renamed
