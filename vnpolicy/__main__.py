from vnpolicy.cli import main

main()
